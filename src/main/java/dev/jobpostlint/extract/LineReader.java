package dev.jobpostlint.extract;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.Locale;

/**
 * Reads a text line by line, each line with its line break (LF, CRLF or a lone CR, as {@link LineStarts} counts
 * them), so that the lines put together give the text back unchanged.
 */
final class LineReader implements Closeable {

    /** Text a person wrote breaks its lines long before this; minified or binary data need not. */
    static final int MAX_LINE_CHARS = 1 << 22;

    /** A line longer than {@link #MAX_LINE_CHARS}: the file is refused rather than held in memory. */
    static final class LineTooLong extends IOException {
        LineTooLong() {
            super(String.format(Locale.ROOT, "a line of more than %,d characters: not text a person wrote",
                    MAX_LINE_CHARS));
        }
    }

    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;

    LineReader(Reader in) {
        this.in = in;
    }

    /** The next line with its line break (the last line may have none), or null at the end of the text. */
    String next() throws IOException {
        StringBuilder started = null;
        while (true) {
            if (position == limit && !fill()) {
                return started == null || started.isEmpty() ? null : started.toString();
            }
            int from = position;
            while (position < limit) {
                char c = buffer[position++];
                if (c == '\n') {
                    return line(started, from);
                }
                if (c == '\r') {
                    if (position < limit) {
                        if (buffer[position] == '\n') {
                            position++;
                        }
                        return line(started, from);
                    }
                    // the CR ends the buffer: whether an LF follows is in the next one
                    StringBuilder line = append(started, from);
                    if (fill() && buffer[position] == '\n') {
                        position++;
                        line.append('\n');
                    }
                    return line.toString();
                }
            }
            started = append(started, from);
            if (started.length() > MAX_LINE_CHARS) {
                throw new LineTooLong();
            }
        }
    }

    private String line(StringBuilder started, int from) {
        return started == null ? new String(buffer, from, position - from) : append(started, from).toString();
    }

    private StringBuilder append(StringBuilder started, int from) {
        StringBuilder line = started == null ? new StringBuilder(Math.max(16, position - from)) : started;
        return line.append(buffer, from, position - from);
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer);
        position = 0;
        limit = Math.max(n, 0);
        return n > 0;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
