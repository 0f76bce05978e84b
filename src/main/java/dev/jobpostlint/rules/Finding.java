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

    /** The same finding with its offsets moved by {@code offset}: from a part of the text into the whole. */
    public Finding shifted(int offset) {
        return offset == 0 ? this : new Finding(ruleId, category, severity, message, shift(span, offset), excerpt,
                shift(sentenceSpan, offset), sentence, suggestions);
    }

    private static Span shift(Span span, int offset) {
        return span == null ? null : new Span(span.start() + offset, span.end() + offset);
    }

    public Finding withSuggestions(List<String> newSuggestions) {
        return new Finding(ruleId, category, severity, message, span, excerpt, sentenceSpan, sentence, newSuggestions);
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, category, newSeverity, message, span, excerpt, sentenceSpan, sentence, suggestions);
    }
}
