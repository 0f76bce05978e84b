package dev.jobpostlint.cli;

import java.nio.file.Path;

/** One posting to check, named as the user will see it in the report. */
sealed interface Input {

    String displayPath();

    /** A file named on the command line or found in a walked directory. */
    record File(Path path, String displayPath) implements Input {
    }

    /** Standard input ({@code -}). */
    record Stdin() implements Input {
        @Override
        public String displayPath() {
            return "-";
        }
    }

    /** A path that cannot be checked at all, reported as an error on that path. */
    record Unreadable(String displayPath, String reason) implements Input {
    }
}
