package dev.jobpostlint.extract;

/** Turns character columns of a text source into UTF-8 byte columns, for tools that count bytes. */
public final class Utf8Columns {

    /** Characters between two checkpoints: a column costs at most this many characters to count. */
    private static final int STEP = 1024;

    private final String source;
    private final int[] lineStarts;
    /** Bytes beyond one per character in {@code source[0, k * STEP)}; null when the source is ASCII. */
    private final int[] extraBefore;

    public Utf8Columns(String source) {
        this.source = source;
        this.lineStarts = LineStarts.of(source);
        this.extraBefore = checkpoints(source);
    }

    private static int[] checkpoints(String source) {
        int[] extra = new int[source.length() / STEP + 1];
        int sum = 0;
        for (int i = 0; i < source.length(); i++) {
            if (i % STEP == 0) {
                extra[i / STEP] = sum;
            }
            sum += extraBytes(source.charAt(i));
        }
        return sum == 0 ? null : extra;
    }

    /** {@code location} (1-based lines, character columns) with its columns in UTF-8 bytes, 1-based. */
    public SourceLocation toBytes(SourceLocation location) {
        if (location == null || location.line() == null || location.column() == null) {
            return null;
        }
        return SourceLocation.lines(location.line(), bytes(location.line(), location.column()),
                location.endLine(), bytes(location.endLine(), location.endColumn()));
    }

    private int bytes(int line, int column) {
        int start = lineStarts[Math.min(line, lineStarts.length) - 1];
        int end = Math.min(source.length(), start + column - 1);
        return end - start + extraBefore(end) - extraBefore(start) + 1;
    }

    private int extraBefore(int offset) {
        if (extraBefore == null) {
            return 0;
        }
        int checkpoint = offset / STEP;
        int extra = extraBefore[checkpoint];
        for (int i = checkpoint * STEP; i < offset; i++) {
            extra += extraBytes(source.charAt(i));
        }
        return extra;
    }

    /** A surrogate counts 1: the pair is four bytes for two characters. */
    private static int extraBytes(char c) {
        if (c < 0x80) {
            return 0;
        }
        if (c < 0x800 || Character.isSurrogate(c)) {
            return 1;
        }
        return 2;
    }
}
