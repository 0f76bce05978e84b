package dev.jobpostlint.extract;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the XHTML that Tika's PDF parser writes ({@code <div class="page">} per page, {@code <p>} per
 * paragraph PDFBox found, a newline per line) into lines with their page, then joins lines into blocks:
 * a bullet line starts a list item; a wrapped line that does not end a sentence goes on in the next line
 * unless that one starts a bullet or is a heading; a short first line without terminal punctuation is a heading.
 */
final class PdfTextHandler extends DefaultHandler {

    /** A line of text on a page. */
    private record Line(String text, int page) {
    }

    private final int maxChars;
    private final List<Line> lines = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private int chars;
    private int pages;
    private int depth;
    private int pageDepth = -1;

    PdfTextHandler(int maxChars) {
        this.maxChars = maxChars;
    }

    int pages() {
        return pages;
    }

    boolean hasText() {
        return !lines.isEmpty();
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        depth++;
        String name = localName.isEmpty() ? qName : localName;
        if ("div".equals(name) && pageDepth < 0 && "page".equals(atts.getValue("class"))) {
            pages++;
            pageDepth = depth;
        } else if ("p".equals(name)) {
            endLine();
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = localName.isEmpty() ? qName : localName;
        if ("p".equals(name)) {
            endLine();
        }
        if (depth == pageDepth) {
            endLine();
            pageDepth = -1;
        }
        depth--;
    }

    @Override
    public void characters(char[] ch, int start, int length) throws TextLimitException {
        // outside a page div Tika writes the title and bookmarks, not page text
        if (pageDepth < 0) {
            return;
        }
        for (int i = start; i < start + length; i++) {
            if (ch[i] == '\n' || ch[i] == '\r') {
                endLine();
            } else {
                line.append(ch[i]);
            }
        }
        chars += length;
        if (chars > maxChars) {
            throw new TextLimitException();
        }
    }

    /** Tika writes the line separators PDFBox finds as ignorable whitespace. */
    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws TextLimitException {
        characters(ch, start, length);
    }

    private void endLine() {
        String text = line.toString().strip();
        line.setLength(0);
        if (!text.isEmpty()) {
            lines.add(new Line(text, pages));
        }
    }

    /**
     * The blocks of all lines read so far. PDFBox's own paragraph marks proved unreliable (a heading and the
     * first body line in one paragraph, a wrapped line in the next), so lines are joined by their text alone.
     */
    ExtractedText toText() {
        endLine();
        int wrapWidth = wrapWidth();
        TextBuilder out = TextBuilder.withoutLines();
        BlockKind open = null;
        for (int i = 0; i < lines.size(); i++) {
            Line current = lines.get(i);
            String text = current.text();
            int bullet = LineHeuristics.bulletContentStart(text, 0, text.length());
            if (bullet >= 0) {
                close(out, open);
                out.appendUnit(text.substring(bullet), current.page(), 0);
                open = BlockKind.LIST_ITEM;
            } else if (open != null && goesOn(lines.get(i - 1), i, wrapWidth)) {
                out.softBreak();
                out.appendUnit(text, current.page(), 0);
            } else {
                close(out, open);
                out.appendUnit(text, current.page(), 0);
                if (isHeading(i)) {
                    out.endBlock(BlockKind.HEADING);
                    open = null;
                } else {
                    open = BlockKind.PARAGRAPH;
                }
            }
        }
        close(out, open);
        return out.build(SourceFormat.PDF);
    }

    /**
     * Whether line {@code index} continues the block of the line before it: that line did not end a sentence
     * and either ran to the right margin (it was wrapped) or this line starts in lower case; a heading-like line
     * right before a bullet never continues.
     */
    private boolean goesOn(Line previous, int index, int wrapWidth) {
        Line current = lines.get(index);
        if (LineHeuristics.endsSentence(previous.text())) {
            return false;
        }
        if (LineHeuristics.continuesSentence(current.text())) {
            return true;
        }
        if (LineHeuristics.looksLikeHeading(current.text()) && nextIsBullet(index)) {
            return false;
        }
        return previous.text().length() >= wrapWidth;
    }

    /**
     * Lines at least this long probably ran into the right margin: 60% of the length most long lines reach.
     * Character counts stand in for widths, which Tika's text does not carry.
     */
    private int wrapWidth() {
        int[] lengths = lines.stream().mapToInt(l -> l.text().length()).sorted().toArray();
        if (lengths.length == 0) {
            return Integer.MAX_VALUE;
        }
        int typical = lengths[Math.min(lengths.length - 1, (int) (lengths.length * 0.9))];
        return Math.max(20, typical * 6 / 10);
    }

    private boolean nextIsBullet(int index) {
        if (index + 1 >= lines.size()) {
            return false;
        }
        String next = lines.get(index + 1).text();
        return LineHeuristics.bulletContentStart(next, 0, next.length()) >= 0;
    }

    /** A short first line without terminal punctuation, followed by a line that does not go on with its sentence. */
    private boolean isHeading(int index) {
        Line current = lines.get(index);
        if (!LineHeuristics.looksLikeHeading(current.text()) || index + 1 >= lines.size()) {
            return false;
        }
        return !LineHeuristics.continuesSentence(lines.get(index + 1).text());
    }

    private static void close(TextBuilder out, BlockKind open) {
        if (open != null) {
            out.endBlock(open);
        }
    }
}
