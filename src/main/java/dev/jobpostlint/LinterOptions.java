package dev.jobpostlint;

import java.nio.file.Path;
import java.util.List;

import dev.jobpostlint.nlp.Language;

/**
 * How a {@link Linter} is set up.
 *
 * @param language     the language every posting is taken to be in, or null to detect it per posting
 * @param ruleDirs     folders of user rules, added to the built-in ones (a user rule replaces a built-in one with its id)
 * @param maxFileBytes larger inputs are reported as too large rather than read
 */
public record LinterOptions(Language language, List<Path> ruleDirs, long maxFileBytes) {

    public static final long DEFAULT_MAX_FILE_BYTES = 20L * 1024 * 1024;

    public LinterOptions {
        ruleDirs = List.copyOf(ruleDirs);
    }

    public static LinterOptions defaults() {
        return new LinterOptions(null, List.of(), DEFAULT_MAX_FILE_BYTES);
    }

    public LinterOptions withLanguage(Language newLanguage) {
        return new LinterOptions(newLanguage, ruleDirs, maxFileBytes);
    }

    public LinterOptions withRuleDirs(List<Path> dirs) {
        return new LinterOptions(language, dirs, maxFileBytes);
    }

    public LinterOptions withMaxFileBytes(long bytes) {
        return new LinterOptions(language, ruleDirs, bytes);
    }
}
