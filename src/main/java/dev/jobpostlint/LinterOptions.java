package dev.jobpostlint;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.jobpostlint.nlp.Language;
import dev.jobpostlint.rules.Severity;

/**
 * How a {@link Linter} is set up.
 *
 * @param language      the language every posting is taken to be in, or null to detect it per posting
 * @param ruleDirs      folders of user rules, added to the built-in ones (a user rule replaces a built-in one with its id)
 * @param maxFileBytes  larger inputs are reported as too large rather than read
 * @param severities    rule id to the severity its findings get instead of the rule's own (from a config file)
 * @param disabledRules rule ids whose findings are dropped
 */
public record LinterOptions(Language language, List<Path> ruleDirs, long maxFileBytes,
                            Map<String, Severity> severities, Set<String> disabledRules) {

    public static final long DEFAULT_MAX_FILE_BYTES = 20L * 1024 * 1024;

    public LinterOptions {
        ruleDirs = List.copyOf(ruleDirs);
        severities = Map.copyOf(severities);
        disabledRules = Set.copyOf(disabledRules);
    }

    public LinterOptions(Language language, List<Path> ruleDirs, long maxFileBytes) {
        this(language, ruleDirs, maxFileBytes, Map.of(), Set.of());
    }

    public static LinterOptions defaults() {
        return new LinterOptions(null, List.of(), DEFAULT_MAX_FILE_BYTES);
    }

    public LinterOptions withLanguage(Language newLanguage) {
        return new LinterOptions(newLanguage, ruleDirs, maxFileBytes, severities, disabledRules);
    }

    public LinterOptions withRuleDirs(List<Path> dirs) {
        return new LinterOptions(language, dirs, maxFileBytes, severities, disabledRules);
    }

    public LinterOptions withMaxFileBytes(long bytes) {
        return new LinterOptions(language, ruleDirs, bytes, severities, disabledRules);
    }

    public LinterOptions withSeverities(Map<String, Severity> newSeverities) {
        return new LinterOptions(language, ruleDirs, maxFileBytes, newSeverities, disabledRules);
    }

    public LinterOptions withDisabledRules(Set<String> ids) {
        return new LinterOptions(language, ruleDirs, maxFileBytes, severities, ids);
    }
}
