package dev.jobpostlint.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns laid-out PDF lines into blocks by how they are set, not by what they say.
 *
 * <ul>
 *   <li>The body size is the size most characters are set in. A short line set clearly larger than the body,
 *       or wholly bold when the body is not, is a heading; heading lines set alike right below each other are one
 *       heading.</li>
 *   <li>A line starting with a bullet glyph or a number starts a list item; a glyph drawn on its own left of
 *       the text on the same baseline counts too.</li>
 *   <li>A line goes on with the block above unless a gap wider than the usual leading lies between them, it is
 *       indented differently, or the line above ended early: the first word of this line would have fit after it.
 *       A line indented past a bullet glyph (a hanging indent) goes on with that list item.</li>
 * </ul>
 */
final class PdfLayout {

    /** Longest line we take for a heading. */
    private static final int MAX_HEADING_LINE = 80;
    /** Longest heading, over all its lines; longer bold text is a paragraph set in bold. */
    private static final int MAX_HEADING = 160;
    private static final float LARGER = 1.15f;
    /** A baseline distance this many times the leading or more is a paragraph gap. */
    private static final float PARAGRAPH_GAP = 1.3f;

    private final List<PdfLine> lines;
    private final List<PdfBulletMarks.Mark> marks;
    private final float bodySize;
    private final boolean bodyBold;
    private final float leading;
    private final float rightEdge;

    private PdfLayout(List<PdfLine> lines, List<PdfBulletMarks.Mark> marks) {
        this.lines = lines;
        this.marks = marks;
        this.bodySize = bodySize(lines);
        this.bodyBold = bodyBold(lines, bodySize);
        this.leading = leading(lines, bodySize);
        this.rightEdge = rightEdge(lines, bodySize);
    }

    /** Whether the lines carry sizes to lay them out by; PDFBox always gives them, but a broken font may not. */
    static boolean hasPositions(List<PdfLine> lines) {
        return lines.stream().anyMatch(l -> l.size() > 0 && !Float.isNaN(l.baseline()));
    }

    /** The blocks of {@code lines}; {@code marks} are bullets drawn as shapes. */
    static ExtractedText toText(List<PdfLine> lines, List<PdfBulletMarks.Mark> marks) {
        return new PdfLayout(mergeBullets(lines), marks).build();
    }

    /** The state of the block being built. */
    private static final class Open {
        final BlockKind kind;
        final float bulletLeft;
        final float textLeft;
        int lines = 1;
        int length;

        Open(BlockKind kind, float bulletLeft, float textLeft, int length) {
            this.kind = kind;
            this.bulletLeft = bulletLeft;
            this.textLeft = textLeft;
            this.length = length;
        }
    }

    private ExtractedText build() {
        TextBuilder out = TextBuilder.withoutLines();
        Open open = null;
        PdfLine previous = null;
        for (PdfLine line : lines) {
            int bullet = bulletContentStart(line.text());
            PdfBulletMarks.Mark mark = bullet < 0 ? markBefore(line) : null;
            if (bullet >= 0 && bullet < line.length()) {
                close(out, open);
                out.appendUnit(line.text().substring(bullet), line.page(), 0);
                open = new Open(BlockKind.LIST_ITEM, line.left(), line.starts()[bullet], line.length() - bullet);
            } else if (mark != null) {
                close(out, open);
                out.appendUnit(line.text(), line.page(), 0);
                open = new Open(BlockKind.LIST_ITEM, mark.x(), line.left(), line.length());
            } else if (bullet < 0 && isHeading(line)) {
                if (open != null && open.kind == BlockKind.HEADING && headingGoesOn(previous, line)) {
                    goOn(out, open, previous, line);
                } else {
                    close(out, open);
                    out.appendUnit(line.text(), line.page(), 0);
                    open = new Open(BlockKind.HEADING, line.left(), line.left(), line.length());
                }
            } else if (open != null && open.kind != BlockKind.HEADING && goesOn(previous, line, open)) {
                goOn(out, open, previous, line);
            } else {
                close(out, open);
                out.appendUnit(line.text(), line.page(), 0);
                open = new Open(BlockKind.PARAGRAPH, line.left(), line.left(), line.length());
            }
            previous = line;
        }
        close(out, open);
        return out.build(SourceFormat.PDF);
    }

    /** A bullet drawn as a shape just left of the first glyph of {@code line}, on its line; null if there is none. */
    private PdfBulletMarks.Mark markBefore(PdfLine line) {
        for (PdfBulletMarks.Mark mark : marks) {
            float dx = line.left() - mark.x();
            float dy = line.baseline() - mark.y();
            if (mark.page() == line.page() && dx > 0 && dx <= 2.5f * leading
                    && dy >= -0.2f * leading && dy <= 0.8f * leading && mark.size() < line.size()) {
                return mark;
            }
        }
        return null;
    }

    /** Adds {@code line} to the open block, after {@code previous}. */
    private static void goOn(TextBuilder out, Open open, PdfLine previous, PdfLine line) {
        String before = previous.text();
        int n = before.length();
        // "E-" + "Commerce": a compound broken at its hyphen keeps it without a space
        boolean compound = n >= 2 && before.charAt(n - 1) == '-' && Character.isLetter(before.charAt(n - 2))
                && Character.isUpperCase(line.text().charAt(0));
        if (!compound) {
            out.softBreak();
        }
        out.appendUnit(line.text(), line.page(), 0);
        open.lines++;
        open.length += line.length();
    }

    private static void close(TextBuilder out, Open open) {
        if (open == null) {
            return;
        }
        boolean tooLong = open.kind == BlockKind.HEADING && open.length > MAX_HEADING;
        out.endBlock(tooLong ? BlockKind.PARAGRAPH : open.kind);
    }

    private boolean isHeading(PdfLine line) {
        if (line.length() > MAX_HEADING_LINE || line.size() <= 0) {
            return false;
        }
        if (line.size() >= bodySize * LARGER) {
            return true;
        }
        return line.bold() && !bodyBold && line.size() >= bodySize * 0.9f;
    }

    private boolean headingGoesOn(PdfLine previous, PdfLine line) {
        return previous.page() == line.page()
                && Math.abs(previous.size() - line.size()) < 0.5f
                && previous.bold() == line.bold()
                && line.baseline() - previous.baseline() > 0
                && line.baseline() - previous.baseline() <= PARAGRAPH_GAP * leading * line.size() / bodySize;
    }

    /** Whether {@code line} goes on with the open block, whose last line is {@code previous}. */
    private boolean goesOn(PdfLine previous, PdfLine line, Open open) {
        if (line.page() == previous.page()) {
            float dy = line.baseline() - previous.baseline();
            float size = Math.max(line.size(), bodySize);
            if (Math.abs(dy) < 0.3f * size) {
                // another run on the same baseline, to the right: the same line
                return line.left() >= previous.right() - 1;
            }
            if (dy < 0 || dy >= PARAGRAPH_GAP * leading * Math.max(1, line.size() / bodySize)) {
                return false;
            }
        } else if (line.page() != previous.page() + 1) {
            return false;
        }
        float tolerance = Math.max(2, bodySize * 0.2f);
        if (open.kind == BlockKind.LIST_ITEM) {
            if (line.left() > open.bulletLeft + tolerance) {
                // a hanging indent: indented past the glyph, not deeper than the text
                return line.left() <= open.textLeft + bodySize;
            }
            if (Math.abs(line.left() - open.bulletLeft) <= tolerance && open.lines == 1) {
                return wrapped(previous, line);
            }
            return false;
        }
        if (Math.abs(line.left() - previous.left()) <= tolerance) {
            return wrapped(previous, line);
        }
        // a first line indented, the next at the margin
        return line.left() < previous.left() && open.lines == 1 && wrapped(previous, line);
    }

    /** Whether {@code previous} ran into the right margin: the first word of {@code line} would not have fit after it. */
    private boolean wrapped(PdfLine previous, PdfLine line) {
        if (LineHeuristics.continuesSentence(line.text())) {
            return true;
        }
        float space = 0.3f * Math.max(previous.size(), 1);
        float room = rightEdge - previous.right() - space;
        return line.firstWordWidth(0) > room;
    }

    /** Where the text of a bulleted line starts, -1 if it is no bullet; adds "a)" to the plain-text markers. */
    static int bulletContentStart(String text) {
        int start = LineHeuristics.bulletContentStart(text, 0, text.length());
        if (start >= 0) {
            return start;
        }
        if (text.length() > 3 && Character.isLetter(text.charAt(0)) && Character.isLowerCase(text.charAt(0))
                && text.charAt(1) == ')' && LineHeuristics.isSpace(text.charAt(2))) {
            int i = 3;
            while (i < text.length() && LineHeuristics.isSpace(text.charAt(i))) {
                i++;
            }
            return i;
        }
        return -1;
    }

    /**
     * Joins a line holding only a bullet glyph with the text on the same baseline beside it: some generators
     * draw the glyph as a run of its own, before or after the text.
     */
    static List<PdfLine> mergeBullets(List<PdfLine> lines) {
        List<PdfLine> merged = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            PdfLine line = bulletFirst(lines.get(i));
            if (isLoneBullet(line)) {
                if (i + 1 < lines.size() && besideRight(line, lines.get(i + 1))) {
                    merged.add(line.joinedWith(lines.get(++i)));
                    continue;
                }
                int last = merged.size() - 1;
                if (last >= 0 && besideRight(line, merged.get(last))) {
                    merged.set(last, line.joinedWith(merged.get(last)));
                    continue;
                }
            }
            merged.add(line);
        }
        return merged;
    }

    /** A line whose bullet glyph was drawn after its text, and so came last, with the glyph first. */
    private static PdfLine bulletFirst(PdfLine line) {
        int last = line.length() - 1;
        if (last < 2 || line.starts()[last] >= line.left()
                || !isLoneBullet(line.part(last, last + 1))) {
            return line;
        }
        int end = last;
        while (end > 0 && LineHeuristics.isSpace(line.text().charAt(end - 1))) {
            end--;
        }
        return line.part(last, last + 1).joinedWith(line.part(0, end));
    }

    private static boolean isLoneBullet(PdfLine line) {
        String text = line.text();
        return text.length() <= 3 && bulletContentStart(text + " x") == text.length() + 1;
    }

    private static boolean besideRight(PdfLine bullet, PdfLine text) {
        float size = Math.max(bullet.size(), text.size());
        return bullet.page() == text.page()
                && Math.abs(bullet.baseline() - text.baseline()) < 0.4f * Math.max(size, 1)
                && text.left() > bullet.right() - 0.5f
                && !isLoneBullet(text);
    }

    /** The size most characters are set in, in half points. */
    private static float bodySize(List<PdfLine> lines) {
        Map<Float, Integer> counts = new HashMap<>();
        for (PdfLine line : lines) {
            counts.merge(line.size(), line.length(), Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0f);
    }

    private static boolean bodyBold(List<PdfLine> lines, float bodySize) {
        int bold = 0;
        int all = 0;
        for (PdfLine line : lines) {
            if (line.size() == bodySize) {
                all += line.length();
                bold += line.bold() ? line.length() : 0;
            }
        }
        return bold * 2 > all;
    }

    /**
     * The baseline distance of lines in one paragraph: a low percentile of the distances between body lines
     * (most are lines of one paragraph or list items set without a gap), or 1.2 times the size when even that
     * is a paragraph gap.
     */
    private static float leading(List<PdfLine> lines, float bodySize) {
        float[] distances = new float[lines.size()];
        int n = 0;
        for (int i = 1; i < lines.size(); i++) {
            PdfLine a = lines.get(i - 1);
            PdfLine b = lines.get(i);
            float dy = b.baseline() - a.baseline();
            if (a.page() == b.page() && a.size() == bodySize && b.size() == bodySize
                    && dy > 0.8f * bodySize && dy < 3 * bodySize) {
                distances[n++] = dy;
            }
        }
        if (n == 0) {
            return 1.2f * bodySize;
        }
        Arrays.sort(distances, 0, n);
        float low = distances[n / 10];
        // twice the size is no leading but the gap between paragraphs of one line each
        return low > 2 * bodySize ? 1.2f * bodySize : low;
    }

    /** Where body lines end at most: the right margin of the text. */
    private static float rightEdge(List<PdfLine> lines, float bodySize) {
        float edge = 0;
        for (PdfLine line : lines) {
            if (line.size() == bodySize) {
                edge = Math.max(edge, line.right());
            }
        }
        return edge;
    }
}
