package dev.jobpostlint.rules;

import java.util.List;

import dev.jobpostlint.nlp.Language;

/**
 * One rule from a rule file: what it flags, why, what to write instead, how it matches and the
 * examples that prove it. A rule belongs to one language; the same id may exist in each language.
 *
 * @param suggestions templates; {@code {platform|fallback}} is filled per finding (see {@link #plainSuggestions()})
 * @param source the rule file it came from, for messages
 */
public record Rule(String id, String category, Severity severity, Language language, String message,
                   String explanation, List<String> suggestions, MatchSpec match, List<Example> examples,
                   String source) {
    public Rule {
        suggestions = List.copyOf(suggestions);
        examples = List.copyOf(examples);
    }

    /** The suggestions as they read for a sentence that names no platform: each slot shows its fallback. */
    public List<String> plainSuggestions() {
        return suggestions.stream().map(t -> Suggestions.fill(t, List.of(), "")).toList();
    }

    /** The first line of the message, for listings. */
    public String summary() {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
