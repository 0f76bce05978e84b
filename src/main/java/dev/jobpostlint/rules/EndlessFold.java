package dev.jobpostlint.rules;

/**
 * Finds the regular expressions that RE2J 1.8 never finishes compiling ignoring case (google/re2j#168): it folds case
 * with the JDK's tables, in which the letters U+1C80 to U+1C88 (Cyrillic Extended-C) never fold back to themselves,
 * so it loops forever on a literal of them or on a character-class range that holds one. A range from at most 'A'
 * to past the last letter with a case is taken whole, without folding.
 */
final class EndlessFold {

    private static final int FIRST = 0x1C80;
    private static final int LAST = 0x1C88;
    private static final int FOLD_MIN = 'A';
    private static final int FOLD_MAX = 0x1E943;
    /** A class escape ({@code \d}, {@code \p{L}}) or a named class ({@code [:alpha:]}): no single letter. */
    private static final int NO_RUNE = -1;

    private final String regex;
    private int at;

    private EndlessFold(String regex) {
        this.regex = regex;
    }

    /** Whether compiling {@code regex} ignoring case would fold one of those letters, and so never end. */
    static boolean reachedBy(String regex) {
        return new EndlessFold(regex).scan();
    }

    private boolean scan() {
        boolean inClass = false;
        boolean classStart = false;
        int rangeStart = NO_RUNE;
        int previous = NO_RUNE;
        while (at < regex.length()) {
            int c = next();
            int rune = c;
            if (c == '\\' && at < regex.length()) {
                int escaped = next();
                if (escaped == 'Q') {
                    int end = regex.indexOf("\\E", at);
                    String quoted = regex.substring(at, end < 0 ? regex.length() : end);
                    if (quoted.codePoints().anyMatch(EndlessFold::folds)) {
                        return true;
                    }
                    at = end < 0 ? regex.length() : end + 2;
                    rune = NO_RUNE;
                } else {
                    rune = escape(escaped);
                }
            } else if (!inClass && c == '[') {
                inClass = true;
                classStart = true;
                if (regex.startsWith("^", at)) {
                    at++;
                }
                previous = NO_RUNE;
                rangeStart = NO_RUNE;
                continue;
            } else if (inClass && c == '[' && regex.startsWith(":", at)) {
                skipPast(":]");
                rune = NO_RUNE;
            } else if (inClass && c == ']' && !classStart) {
                inClass = false;
                continue;
            } else if (inClass && c == '-' && previous != NO_RUNE && rangeStart == NO_RUNE) {
                rangeStart = previous;
                continue;
            }
            if (folds(rune) || rangeStart != NO_RUNE && rune != NO_RUNE && spans(rangeStart, rune)) {
                return true;
            }
            classStart = false;
            // after a range the next item starts afresh: in [a-c-z] the second '-' is a letter, not a range
            previous = rangeStart == NO_RUNE ? rune : NO_RUNE;
            rangeStart = NO_RUNE;
        }
        return false;
    }

    /** The letter an escape stands for, after its backslash and {@code escaped}. */
    private int escape(int escaped) {
        switch (escaped) {
            case 'x':
                if (regex.startsWith("{", at)) {
                    int close = regex.indexOf('}', at);
                    String digits = close < 0 ? "" : regex.substring(at + 1, close);
                    skipPast("}");
                    return hex(digits);
                }
                String digits = regex.substring(at, Math.min(at + 2, regex.length()));
                at += digits.length();
                return hex(digits);
            case 'p', 'P':
                if (regex.startsWith("{", at)) {
                    skipPast("}");
                } else if (at < regex.length()) {
                    next();
                }
                return NO_RUNE;
            case 'a':
                return 7;
            case 'f':
                return '\f';
            case 't':
                return '\t';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 'v':
                return 11;
            default:
                if (escaped >= '0' && escaped <= '7') {
                    // an octal escape: at most \777
                    return escaped - '0';
                }
                // \d, \w, \b and the like are no single letter; \- or \] stand for themselves
                return Character.isLetterOrDigit(escaped) ? NO_RUNE : escaped;
        }
    }

    private int next() {
        int c = regex.codePointAt(at);
        at += Character.charCount(c);
        return c;
    }

    private void skipPast(String end) {
        int found = regex.indexOf(end, at);
        at = found < 0 ? regex.length() : found + end.length();
    }

    private static boolean folds(int rune) {
        return rune >= FIRST && rune <= LAST;
    }

    private static boolean spans(int low, int high) {
        return low <= LAST && high >= FIRST && !(low <= FOLD_MIN && high >= FOLD_MAX);
    }

    private static int hex(String digits) {
        try {
            return Integer.parseInt(digits, 16);
        } catch (NumberFormatException e) {
            return NO_RUNE;
        }
    }
}
