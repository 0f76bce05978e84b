package dev.jobpostlint.extract;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects the lines PDFBox's text stripper finds, keeping for each the positions and fonts of its glyphs,
 * which plain extracted text loses. One instance reads one document; stops taking text after {@code maxChars}.
 */
final class PdfLineReader extends PDFTextStripper {

    private final int maxChars;
    private final List<PdfLine> lines = new ArrayList<>();
    private final Map<PDFont, Boolean> boldFonts = new IdentityHashMap<>();
    private final PdfBulletMarks marks = new PdfBulletMarks(this);

    // the line being read, one entry per character
    private final StringBuilder text = new StringBuilder();
    private float[] starts = new float[128];
    private float[] ends = new float[128];
    private float[] sizes = new float[128];
    private boolean[] bolds = new boolean[128];
    private float baseline = Float.NaN;
    private int page;
    private int chars;

    PdfLineReader(int maxChars) throws IOException {
        this.maxChars = maxChars;
        // content order, as Tika reads it: sorting by position would interleave columns and text boxes
        setSortByPosition(false);
        marks.operators().forEach(this::addOperator);
    }

    /** Bullets drawn as shapes on the pages read so far. */
    List<PdfBulletMarks.Mark> marks() {
        return marks.marks();
    }

    /** Whether the document held more than {@code maxChars} characters, of which only those were read. */
    boolean truncated() {
        return chars > maxChars;
    }

    /** The lines of {@code document}, in reading order. */
    List<PdfLine> read(PDDocument document) throws IOException {
        writeText(document, Writer.nullWriter());
        endLine();
        return lines;
    }

    @Override
    public void processPage(PDPage page) throws IOException {
        if (chars <= maxChars) {
            super.processPage(page);
        }
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        super.startPage(page);
        marks.startPage(getCurrentPageNo(), page.getCropBox(), page.getRotation());
    }

    @Override
    protected void writeString(String string, List<TextPosition> positions) {
        if (chars > maxChars || positions.isEmpty()) {
            return;
        }
        chars += string.length();
        page = getCurrentPageNo();
        int n = string.length();
        for (int i = 0; i < n; i++) {
            // a ligature is one glyph for several characters: spread them over it
            TextPosition glyph = positions.get(Math.min(positions.size() - 1, i * positions.size() / n));
            float size = sizeOf(glyph);
            char c = string.charAt(i);
            add(c, glyph.getXDirAdj(), glyph.getXDirAdj() + glyph.getWidthDirAdj(), size, isBold(glyph.getFont()));
            if (Float.isNaN(baseline) && !Character.isWhitespace(c)) {
                baseline = glyph.getYDirAdj();
            }
        }
    }

    /** The size a glyph is drawn at on the page, so that sizes compare with distances between lines. */
    private static float sizeOf(TextPosition glyph) {
        if (glyph.getXScale() > 0) {
            return glyph.getXScale();
        }
        return glyph.getFontSizeInPt() > 0 ? glyph.getFontSizeInPt() : glyph.getHeightDir();
    }

    @Override
    protected void writeWordSeparator() {
        if (text.length() > 0) {
            float x = ends[text.length() - 1];
            add(' ', x, x, 0, false);
        }
    }

    @Override
    protected void writeLineSeparator() {
        endLine();
    }

    @Override
    protected void writeParagraphStart() {
        endLine();
    }

    @Override
    protected void writeParagraphEnd() {
        endLine();
    }

    @Override
    protected void writePageStart() {
        endLine();
    }

    @Override
    protected void writePageEnd() {
        endLine();
    }

    private void add(char c, float start, float end, float size, boolean bold) {
        int n = text.length();
        if (n == starts.length) {
            starts = Arrays.copyOf(starts, n * 2);
            ends = Arrays.copyOf(ends, n * 2);
            sizes = Arrays.copyOf(sizes, n * 2);
            bolds = Arrays.copyOf(bolds, n * 2);
        }
        text.append(c);
        starts[n] = start;
        ends[n] = end;
        sizes[n] = size;
        bolds[n] = bold;
    }

    private void endLine() {
        int from = 0;
        int to = text.length();
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (from < to) {
            lines.add(new PdfLine(text.substring(from, to), page, Arrays.copyOfRange(starts, from, to),
                    Arrays.copyOfRange(ends, from, to), baseline, mostCommonSize(from, to), allBold(from, to)));
        }
        text.setLength(0);
        baseline = Float.NaN;
    }

    /** The size most letters of the line are set in (half points); a bullet glyph does not count. */
    private float mostCommonSize(int from, int to) {
        float best = 0;
        int bestCount = 0;
        for (int i = from; i < to; i++) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                continue;
            }
            float size = Math.round(sizes[i] * 2) / 2f;
            int count = 0;
            for (int j = from; j < to; j++) {
                if (Character.isLetterOrDigit(text.charAt(j)) && Math.round(sizes[j] * 2) / 2f == size) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = size;
                bestCount = count;
            }
            if (bestCount * 2 > to - from) {
                break;
            }
        }
        return best;
    }

    private boolean allBold(int from, int to) {
        boolean any = false;
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                if (!bolds[i]) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    private boolean isBold(PDFont font) {
        if (font == null) {
            return false;
        }
        return boldFonts.computeIfAbsent(font, PdfLineReader::looksBold);
    }

    private static boolean looksBold(PDFont font) {
        String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
        if (name.contains("bold") || name.contains("black") || name.contains("heavy") || name.contains("semibold")
                || name.contains("demi")) {
            return true;
        }
        PDFontDescriptor descriptor = font.getFontDescriptor();
        return descriptor != null && (descriptor.getFontWeight() >= 600 || descriptor.isForceBold());
    }
}
