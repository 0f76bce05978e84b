package dev.jobpostlint.report;

import java.util.regex.Pattern;

/**
 * Text for a one-line message or report entry: stripped, every run of whitespace one space, and no character
 * that could move the cursor, colour a terminal or reverse the text around it.
 */
public final class OneLine {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private OneLine() {
    }

    /** {@code s} on one line; null gives "". */
    public static String of(String s) {
        return s == null ? "" : name(WHITESPACE.matcher(s.strip()).replaceAll(" "));
    }

    /**
     * A file name as it can be printed: control characters and bidirectional overrides are written as
     * {@code \x1B} or {@code \u202E}; everything else is kept. Null gives null.
     */
    public static String name(String s) {
        if (s == null || s.codePoints().noneMatch(OneLine::unprintable)) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 8);
        s.codePoints().forEach(cp -> {
            if (!unprintable(cp)) {
                b.appendCodePoint(cp);
            } else if (cp < 0x100) {
                b.append(String.format("\\x%02X", cp));
            } else {
                b.append(String.format("\\u%04X", cp));
            }
        });
        return b.toString();
    }

    private static boolean unprintable(int cp) {
        return Character.isISOControl(cp) || cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E)
                || (cp >= 0x2066 && cp <= 0x2069) || cp == 0xFFFE || cp == 0xFFFF
                || Character.getType(cp) == Character.SURROGATE;
    }
}
