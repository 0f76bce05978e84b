package dev.jobpostlint.rules;

/** A rule file with a mistake; the message reads {@code file:line: reason}. */
public final class RuleFileException extends Exception {

    public RuleFileException(String file, int line, String reason) {
        super(file + ":" + line + ": " + reason);
    }

    public RuleFileException(String file, String reason) {
        super(file + ": " + reason);
    }
}
