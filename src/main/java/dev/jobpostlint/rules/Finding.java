package dev.jobpostlint.rules;

import java.util.List;

import dev.jobpostlint.nlp.Span;

/**
 * One influencer-style requirement found by one rule: the flagged excerpt and the sentence it stands in,
 * both as text and as offsets into the extracted text, with suggestions in the posting's language.
 */
public record Finding(String ruleId, String category, Severity severity, String message,
                      Span span, String excerpt, Span sentenceSpan, String sentence, List<String> suggestions) {
    public Finding {
        suggestions = List.copyOf(suggestions);
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, category, newSeverity, message, span, excerpt, sentenceSpan, sentence, suggestions);
    }
}
