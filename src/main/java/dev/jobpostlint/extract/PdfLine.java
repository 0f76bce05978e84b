package dev.jobpostlint.extract;

import java.util.Arrays;

/**
 * One line of PDF text as laid out on its page: the text, where each character starts and ends horizontally,
 * the baseline (from the top of the page), and the size and weight most of its characters are set in.
 *
 * @param starts   x where each character of {@code text} starts (a space: where the word before it ended)
 * @param ends     x where each character ends
 * @param baseline y of the baseline, growing downwards
 * @param size     font size in points of most of its characters; 0 if PDFBox gave none
 * @param bold     whether every character but spaces and bullet glyphs is set in a bold face
 */
record PdfLine(String text, int page, float[] starts, float[] ends, float baseline, float size, boolean bold) {

    float left() {
        return starts[0];
    }

    float right() {
        return ends[text.length() - 1];
    }

    int length() {
        return text.length();
    }

    /** Width of the first word from character {@code from} on: what would have had to fit on the line above. */
    float firstWordWidth(int from) {
        int end = from;
        while (end < text.length() && !LineHeuristics.isSpace(text.charAt(end))) {
            end++;
        }
        return end > from ? ends[end - 1] - starts[from] : 0;
    }

    /** Characters {@code [from, to)} as a line of their own. */
    PdfLine part(int from, int to) {
        return new PdfLine(text.substring(from, to), page, Arrays.copyOfRange(starts, from, to),
                Arrays.copyOfRange(ends, from, to), baseline, size, bold);
    }

    /** This line and {@code other}, which stands on the same baseline to its right, as one line. */
    PdfLine joinedWith(PdfLine other) {
        int n = text.length();
        int m = other.text.length();
        float[] s = new float[n + 1 + m];
        float[] e = new float[n + 1 + m];
        System.arraycopy(starts, 0, s, 0, n);
        System.arraycopy(ends, 0, e, 0, n);
        s[n] = ends[n - 1];
        e[n] = other.starts[0];
        System.arraycopy(other.starts, 0, s, n + 1, m);
        System.arraycopy(other.ends, 0, e, n + 1, m);
        // the joined line is set like its text, not like a lone bullet glyph
        PdfLine style = n >= m ? this : other;
        return new PdfLine(text + " " + other.text, page, s, e, baseline, style.size, style.bold);
    }
}
