package dev.jobpostlint.report;

import dev.jobpostlint.rules.Severity;

/** ANSI styling that collapses to plain text when colour is off. */
final class Ansi {

    private static final String RESET = "\u001b[0m";

    private final boolean enabled;

    Ansi(boolean enabled) {
        this.enabled = enabled;
    }

    String bold(String s) {
        return style("1", s);
    }

    String dim(String s) {
        return style("2", s);
    }

    String red(String s) {
        return style("1;31", s);
    }

    String severity(Severity severity, String s) {
        return style(code(severity), s);
    }

    static String code(Severity severity) {
        return switch (severity) {
            case ERROR -> "1;31";
            case WARNING -> "1;33";
            case INFO -> "1;36";
        };
    }

    String style(String code, String s) {
        return enabled && !s.isEmpty() ? "\u001b[" + code + "m" + s + RESET : s;
    }
}
