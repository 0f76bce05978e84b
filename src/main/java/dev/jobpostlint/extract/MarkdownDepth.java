package dev.jobpostlint.extract;

import java.util.Locale;

/**
 * How deeply the lines of Markdown nest their quotes and lists, checked before commonmark parses them: its parser
 * and our reader descend once per level, so 10,000 "&gt;" on a line overflowed the stack, and 3,000 lines indented
 * one tab deeper each took 16 s and 700 MB. A posting nests a few levels.
 */
final class MarkdownDepth {

    /** Quote and list markers at the start of one line, and indentation in columns (a tab is four). */
    static final int MAX_MARKERS = 50;
    static final int MAX_INDENT = 200;

    /** Unchecked, so that it can leave commonmark's visitors and the windows' readers; see {@link #toChecked()}. */
    static final class TooDeep extends RuntimeException {
        TooDeep(String message) {
            super(message, null, false, false);
        }

        ExtractionException toChecked() {
            return ExtractionException.unreadable(getMessage());
        }
    }

    private MarkdownDepth() {
    }

    /** Throws {@link TooDeep} at the first line that nests deeper than the limits. */
    static void check(CharSequence source) {
        int line = 1;
        int i = 0;
        int n = source.length();
        while (i < n) {
            int markers = 0;
            int column = 0;
            boolean leading = true;
            for (; i < n && source.charAt(i) != '\n'; i++) {
                if (!leading) {
                    continue;
                }
                char c = source.charAt(i);
                if (c == ' ') {
                    column++;
                } else if (c == '\t') {
                    column += 4 - column % 4;
                } else if (c == '>' || (c == '-' || c == '*' || c == '+') && i + 1 < n && isBlank(source.charAt(i + 1))) {
                    markers++;
                    column++;
                } else {
                    leading = false;
                }
                if (markers > MAX_MARKERS || column > MAX_INDENT) {
                    throw new TooDeep(String.format(Locale.ROOT, "nested too deeply: line %d opens more than %d "
                            + "levels of quotes or lists", line, MAX_MARKERS));
                }
            }
            i++;
            line++;
        }
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }
}
