package dev.jobpostlint.extract;

import java.io.Closeable;
import java.io.IOException;

/**
 * Cuts a Markdown or plain-text source into windows of whole lines. A window ends in a blank line, where its
 * reader starts afresh: plain text starts a new block after every blank line; Markdown after a blank line
 * followed by a line that is not indented, which closes every list and quote (a fence or HTML block that is still
 * open there is for the Markdown reader to see, see {@link MarkdownExtractor#continuesPast}). A window never ends
 * inside a {@code <!-- jobpost-lint-… -->} comment, whose directive would be cut in two.
 */
final class SourceWindows implements Closeable {

    /**
     * A window that finds no place to end by this length ends at the next line anyway, even within a paragraph
     * or a list, so that memory stays bounded when a file has no blank lines.
     */
    static final int MAX_WINDOW_CHARS = 1 << 22;

    /**
     * Lines of the source: {@code linesBefore} lines stand before them, {@code lineCount} are in them;
     * {@code last} when they reach the end of the source.
     */
    record Window(String source, int linesBefore, int lineCount, boolean last) {
    }

    private final LineReader lines;
    private final boolean markdown;
    private String held;
    private boolean previousBlank;
    private boolean inDirective;
    private int linesBefore;
    private boolean ended;

    SourceWindows(LineReader lines, boolean markdown) {
        this.lines = lines;
        this.markdown = markdown;
    }

    /** The next window, at least {@code minChars} long unless the source ends first; null after the last. */
    Window next(int minChars) throws IOException {
        if (ended) {
            return null;
        }
        return read(new StringBuilder(Math.min(minChars, 1 << 20) + 1024), 0, minChars);
    }

    /** {@code window} with the lines after it, to the first place a window may end after {@code minChars}. */
    Window extend(Window window, int minChars) throws IOException {
        linesBefore = window.linesBefore();
        return read(new StringBuilder(window.source()), window.lineCount(), minChars);
    }

    private Window read(StringBuilder window, int lineCount, int minChars) throws IOException {
        int count = lineCount;
        String line = held != null ? held : lines.next();
        held = null;
        boolean first = true;
        while (line != null) {
            // the first line always goes in: a window, or what extends it, is never empty
            if (!first && window.length() >= minChars
                    && (mayStartWindow(line) || window.length() >= Math.max(minChars, MAX_WINDOW_CHARS))) {
                held = line;
                break;
            }
            window.append(line);
            count++;
            previousBlank = isBlank(line);
            inDirective = inDirectiveAfter(line, inDirective);
            first = false;
            line = lines.next();
        }
        ended = held == null;
        Window result = new Window(window.toString(), linesBefore, count, ended);
        linesBefore += count;
        return result;
    }

    private boolean mayStartWindow(String line) {
        if (!previousBlank || inDirective || isBlank(line)) {
            return false;
        }
        return !markdown || (line.charAt(0) != ' ' && line.charAt(0) != '\t');
    }

    /** Blank as each reader sees it: Markdown only spaces and tabs, plain text any white space. */
    private boolean isBlank(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean blank = markdown ? c == ' ' || c == '\t' || c == '\n' || c == '\r' : Character.isWhitespace(c);
            if (!blank) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a comment that may hold a suppression directive is open after {@code line}: one whose text after
     * {@code <!--} starts with {@code jobpost-lint-} or is still to come on a later line.
     */
    static boolean inDirectiveAfter(String line, boolean open) {
        boolean inside = open;
        int at = 0;
        while (at < line.length()) {
            if (inside) {
                int close = line.indexOf("-->", at);
                if (close < 0) {
                    return true;
                }
                inside = false;
                at = close + 3;
            } else {
                int start = line.indexOf("<!--", at);
                if (start < 0) {
                    return false;
                }
                at = start + 4;
                String rest = line.substring(at).stripLeading();
                inside = rest.isEmpty() || rest.startsWith("jobpost-lint-");
            }
        }
        return inside;
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
