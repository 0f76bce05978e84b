package dev.jobpostlint.report;

/**
 * A sentence prepared for a one-line display with its excerpt marked: whitespace flattened to single
 * spaces so columns hold, long sentences cut to a window around the excerpt (an excerpt longer than the
 * window is cut too), and the excerpt's position in code points ({@code markStart < 0} when the excerpt
 * could not be placed).
 */
public record MarkedSentence(String text, int markStart, int markEnd) {

    /** Longest sentence shown whole; longer ones are cut around the excerpt. */
    static final int MAX_WIDTH = 120;
    private static final int CONTEXT = 40;
    private static final String ELLIPSIS = "…";

    /**
     * @param offset where the excerpt starts in {@code sentence} (UTF-16 index), or -1 to search for it
     * @param length the excerpt's length in the sentence
     */
    public static MarkedSentence of(String sentence, String excerpt, int offset, int length) {
        String s = sentence == null ? "" : sentence;
        int start = offset;
        int end = offset + length;
        if (offset < 0 || length <= 0 || end > s.length()) {
            start = excerpt == null || excerpt.isEmpty() ? -1 : s.indexOf(excerpt);
            end = start < 0 ? -1 : start + excerpt.length();
        }
        String flat = flatten(s);
        if (start < 0) {
            return cut(flat, -1, -1);
        }
        return cut(flat, flat.codePointCount(0, start), flat.codePointCount(0, end));
    }

    /** Places {@code excerpt} by searching the sentence. */
    public static MarkedSentence of(String sentence, String excerpt) {
        return of(sentence, excerpt, -1, 0);
    }

    /** The line of carets under the excerpt, or an empty string when it is not placed. */
    public String carets() {
        if (markStart < 0) {
            return "";
        }
        return " ".repeat(markStart) + "^".repeat(Math.max(1, markEnd - markStart));
    }

    public String before() {
        return markStart < 0 ? text : text.substring(0, index(markStart));
    }

    public String marked() {
        return markStart < 0 ? "" : text.substring(index(markStart), index(markEnd));
    }

    public String after() {
        return markStart < 0 ? "" : text.substring(index(markEnd));
    }

    private int index(int codePoint) {
        return text.offsetByCodePoints(0, codePoint);
    }

    private static String flatten(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(Character.isWhitespace(c) || Character.isISOControl(c) ? ' ' : c);
        }
        return b.toString();
    }

    private static MarkedSentence cut(String flat, int start, int end) {
        int length = flat.codePointCount(0, flat.length());
        if (length <= MAX_WIDTH) {
            return new MarkedSentence(flat, start, end);
        }
        if (start >= 0 && end - start > MAX_WIDTH) {
            String prefix = start > 0 ? ELLIPSIS : "";
            int from = flat.offsetByCodePoints(0, start);
            String marked = flat.substring(from, flat.offsetByCodePoints(from, MAX_WIDTH - 1)) + ELLIPSIS;
            return new MarkedSentence(prefix + marked, prefix.length(), prefix.length() + MAX_WIDTH);
        }
        int from = start < 0 ? 0 : Math.max(0, start - CONTEXT);
        int to = start < 0 ? MAX_WIDTH : Math.min(length, Math.max(end + CONTEXT, from + MAX_WIDTH));
        String prefix = from > 0 ? ELLIPSIS : "";
        String suffix = to < length ? ELLIPSIS : "";
        String window = flat.substring(flat.offsetByCodePoints(0, from), flat.offsetByCodePoints(0, to));
        int shift = prefix.length() - from;
        return new MarkedSentence(prefix + window + suffix,
                start < 0 ? -1 : start + shift, start < 0 ? -1 : end + shift);
    }
}
