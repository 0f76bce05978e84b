package dev.jobpostlint.report;

import java.util.regex.Pattern;

/** Text for a one-line message or report entry: stripped, every run of whitespace one space. */
public final class OneLine {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private OneLine() {
    }

    /** {@code s} on one line; null gives "". */
    public static String of(String s) {
        return s == null ? "" : WHITESPACE.matcher(s.strip()).replaceAll(" ");
    }
}
