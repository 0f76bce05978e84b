package dev.jobpostlint.extract;

/**
 * Guesses structure from bare lines (plain text, PDF): bullets, sentence ends and heading-like lines.
 * Best effort by design: these formats carry no markup that says what a line is.
 */
final class LineHeuristics {

    /** Longest line we take for a heading; longer ones are prose. */
    static final int MAX_HEADING_LENGTH = 60;

    private LineHeuristics() {
    }

    /**
     * Where the text of a bulleted line starts after its marker ({@code - }, {@code * }, {@code • }, {@code – },
     * {@code ▪ }, {@code ◦ }, {@code 1. }, {@code 1) }), searching from {@code from}; -1 if the line is no bullet.
     */
    static int bulletContentStart(CharSequence line, int from, int to) {
        int i = skipSpaces(line, from, to);
        if (i >= to) {
            return -1;
        }
        char c = line.charAt(i);
        if (c == '•' || c == '▪' || c == '◦' || c == '●' || c == '○' || c == '■' || c == '□' || c == '‣'
                || c == '·' || c == '➢' || c == '✓' || c == '✔' || c == '\uF0B7' || c == '\uF0A7') {
            // PDF bullets are often set without a following space
            return skipSpaces(line, i + 1, to);
        }
        if (c == '-' || c == '*' || c == '–' || c == '+') {
            return i + 1 < to && isSpace(line.charAt(i + 1)) ? skipSpaces(line, i + 1, to) : -1;
        }
        int digits = i;
        while (digits < to && digits - i < 3 && Character.isDigit(line.charAt(digits))) {
            digits++;
        }
        if (digits > i && digits + 1 < to && (line.charAt(digits) == '.' || line.charAt(digits) == ')')
                && isSpace(line.charAt(digits + 1))) {
            return skipSpaces(line, digits + 1, to);
        }
        return -1;
    }

    /** Whether the trimmed line ends a sentence (or a clause that cannot go on to the next line). */
    static boolean endsSentence(CharSequence line) {
        int end = line.length();
        while (end > 0 && isSpace(line.charAt(end - 1))) {
            end--;
        }
        while (end > 0 && "\"'”“’)»".indexOf(line.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && ".!?;:…".indexOf(line.charAt(end - 1)) >= 0;
    }

    /**
     * Whether a trimmed line reads like a heading: short, without terminal punctuation (a colon is allowed,
     * "Dein Profil:" is a heading), not starting in lower case.
     */
    static boolean looksLikeHeading(CharSequence line) {
        int length = line.length();
        if (length == 0 || length > MAX_HEADING_LENGTH) {
            return false;
        }
        char first = line.charAt(0);
        if (Character.isLowerCase(first)) {
            return false;
        }
        char last = line.charAt(length - 1);
        return ".!?;,…".indexOf(last) < 0;
    }

    /** Whether a trimmed line can only go on from the line before it (starts in lower case). */
    static boolean continuesSentence(CharSequence line) {
        return line.length() > 0 && Character.isLowerCase(line.charAt(0));
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u2002' || c == '\u2003' || c == '\u2009';
    }

    private static int skipSpaces(CharSequence line, int from, int to) {
        int i = from;
        while (i < to && isSpace(line.charAt(i))) {
            i++;
        }
        return i;
    }
}
