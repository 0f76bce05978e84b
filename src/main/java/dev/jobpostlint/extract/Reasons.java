package dev.jobpostlint.extract;

import java.util.Locale;

/** Short, one-line reasons from library exceptions, for messages a person reads. */
final class Reasons {

    private static final int MAX_LENGTH = 80;

    private Reasons() {
    }

    /** The innermost message of {@code e}, on one line and shortened; the exception's kind if it has none. */
    static String shortReason(Throwable e) {
        String message = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
            if (t.getCause() == t) {
                break;
            }
        }
        if (message == null) {
            message = e.getClass().getSimpleName();
        }
        message = message.replaceAll("\\s+", " ").strip();
        if (message.length() > MAX_LENGTH) {
            message = message.substring(0, MAX_LENGTH - 1) + "…";
        }
        return message.isEmpty() ? "unreadable" : lowerFirst(message);
    }

    /** "Unexpected end" becomes "unexpected end"; "DOCTYPE is disallowed" and "PDF header" stay as they are. */
    private static String lowerFirst(String message) {
        if (message.length() > 1 && Character.isUpperCase(message.charAt(1))) {
            return message;
        }
        return message.substring(0, 1).toLowerCase(Locale.ROOT) + message.substring(1);
    }
}
