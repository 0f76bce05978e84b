package dev.jobpostlint.cli;

import dev.jobpostlint.rules.YamlFile;

/** A mistake in a {@code .jobpost-lint.yml} file; the message starts with {@code FILE:LINE:} and is one line. */
final class ConfigException extends Exception {

    ConfigException(String file, int line, String reason) {
        super(YamlFile.oneLine(file + ":" + line + ": " + reason));
    }
}
