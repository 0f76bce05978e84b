package dev.jobpostlint;

import java.nio.file.Path;
import java.time.Duration;
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
 * @param maxFileBytes  larger inputs are reported as too large rather than read; Markdown and plain-text files
 *                      have their own limit
 * @param maxTextBytes  larger Markdown and plain-text files are reported as too large; they are read in windows,
 *                      so memory does not grow with their size
 * @param severities    rule id to the severity its findings get instead of the rule's own (from a config file)
 * @param disabledRules rule ids whose findings are dropped
 * @param model         the trained model that reads every sentence beside the rules
 * @param maxTimePerPosting a posting that takes longer is reported as such, and the others go on
 * @param maxFindings       a file is checked until it has this many findings; the rest is left with a notice
 * @param rememberWords     share what is learnt of words (their tokens, stems, lexicon classes) across postings,
 *                          which a batch gains from; false for a server that must forget each posting
 */
public record LinterOptions(Language language, List<Path> ruleDirs, long maxFileBytes, long maxTextBytes,
                            Map<String, Severity> severities, Set<String> disabledRules, ModelChoice model,
                            Duration maxTimePerPosting, int maxFindings, boolean rememberWords) {

    public static final long DEFAULT_MAX_FILE_BYTES = 20L * 1024 * 1024;
    public static final long DEFAULT_MAX_TEXT_BYTES = 100L * 1024 * 1024;
    /** Far more than any posting takes (a few milliseconds), and enough for a 50 MB export read in windows. */
    public static final Duration DEFAULT_MAX_TIME = Duration.ofSeconds(120);
    /** A posting has a handful; an export of thousands of postings may have thousands. */
    public static final int DEFAULT_MAX_FINDINGS = 10_000;

    public LinterOptions {
        ruleDirs = List.copyOf(ruleDirs);
        severities = Map.copyOf(severities);
        disabledRules = Set.copyOf(disabledRules);
    }

    public static LinterOptions defaults() {
        return new LinterOptions(null, List.of(), DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_TEXT_BYTES, Map.of(), Set.of(),
                ModelChoice.BUNDLED, DEFAULT_MAX_TIME, DEFAULT_MAX_FINDINGS, true);
    }

    public LinterOptions withLanguage(Language newLanguage) {
        return new LinterOptions(newLanguage, ruleDirs, maxFileBytes, maxTextBytes, severities, disabledRules, model, maxTimePerPosting, maxFindings, rememberWords);
    }

    public LinterOptions withRuleDirs(List<Path> dirs) {
        return new LinterOptions(language, dirs, maxFileBytes, maxTextBytes, severities, disabledRules, model, maxTimePerPosting, maxFindings, rememberWords);
    }

    public LinterOptions withMaxFileBytes(long bytes) {
        return new LinterOptions(language, ruleDirs, bytes, maxTextBytes, severities, disabledRules, model, maxTimePerPosting, maxFindings, rememberWords);
    }

    public LinterOptions withMaxTextBytes(long bytes) {
        return new LinterOptions(language, ruleDirs, maxFileBytes, bytes, severities, disabledRules, model, maxTimePerPosting, maxFindings, rememberWords);
    }

    public LinterOptions withSeverities(Map<String, Severity> newSeverities) {
        return new LinterOptions(language, ruleDirs, maxFileBytes, maxTextBytes, newSeverities, disabledRules, model, maxTimePerPosting, maxFindings, rememberWords);
    }

    public LinterOptions withMaxTimePerPosting(Duration limit) {
        return new LinterOptions(language, ruleDirs, maxFileBytes, maxTextBytes, severities, disabledRules, model, limit, maxFindings, rememberWords);
    }

    public LinterOptions withRememberWords(boolean remember) {
        return new LinterOptions(language, ruleDirs, maxFileBytes, maxTextBytes, severities, disabledRules, model,
                maxTimePerPosting, maxFindings, remember);
    }

    public LinterOptions withMaxFindings(int findings) {
        return new LinterOptions(language, ruleDirs, maxFileBytes, maxTextBytes, severities, disabledRules, model,
                maxTimePerPosting, findings, rememberWords);
    }

    public LinterOptions withModel(ModelChoice newModel) {
        return new LinterOptions(language, ruleDirs, maxFileBytes, maxTextBytes, severities, disabledRules, newModel, maxTimePerPosting, maxFindings, rememberWords);
    }

    public LinterOptions withDisabledRules(Set<String> ids) {
        return new LinterOptions(language, ruleDirs, maxFileBytes, maxTextBytes, severities, ids, model, maxTimePerPosting, maxFindings, rememberWords);
    }
}
