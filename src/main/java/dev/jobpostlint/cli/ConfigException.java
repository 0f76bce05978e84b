package dev.jobpostlint.cli;

/** A mistake in a {@code .jobpost-lint.yml} file; the message starts with {@code FILE:LINE:}. */
final class ConfigException extends Exception {

    ConfigException(String file, int line, String reason) {
        super(file + ":" + line + ": " + reason);
    }
}
