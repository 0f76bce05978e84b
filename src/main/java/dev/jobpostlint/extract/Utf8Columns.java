package dev.jobpostlint.extract;

import java.nio.charset.StandardCharsets;

/** Turns character columns of a text source into UTF-8 byte columns, for tools that count bytes. */
public final class Utf8Columns {

    private final String source;
    private final int[] lineStarts;

    public Utf8Columns(String source) {
        this.source = source;
        this.lineStarts = LineStarts.of(source);
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
        return source.substring(start, end).getBytes(StandardCharsets.UTF_8).length + 1;
    }
}
