package dev.jobpostlint.rules;

/** A rule file with a mistake; the message reads {@code file:line: reason}, on one line. */
public final class RuleFileException extends Exception {

    public RuleFileException(String file, int line, String reason) {
        super(YamlFile.oneLine(file + ":" + line + ": " + reason));
    }

    public RuleFileException(String file, String reason) {
        super(YamlFile.oneLine(file + ": " + reason));
    }
}
