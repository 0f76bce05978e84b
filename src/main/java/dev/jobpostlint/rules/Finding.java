package dev.jobpostlint.rules;

import java.util.List;
import java.util.Locale;

import dev.jobpostlint.nlp.Span;

/**
 * One influencer-style requirement found in a sentence, by a rule or by the trained model: the flagged
 * excerpt and the sentence it stands in, both as text and as offsets into the extracted text, with
 * suggestions in the posting's language.
 *
 * @param source where the finding came from
 * @param model  what the model said of the sentence; null when no model ran
 */
public record Finding(String ruleId, String category, Severity severity, String message,
                      Span span, String excerpt, Span sentenceSpan, String sentence, List<String> suggestions,
                      Source source, ModelVerdict model) {

    /** Who flagged a sentence: a rule's pattern matched, or the model's probability reached its threshold. */
    public enum Source {
        RULE, MODEL;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Finding {
        suggestions = List.copyOf(suggestions);
    }

    /** A rule's finding where no model ran. */
    public Finding(String ruleId, String category, Severity severity, String message, Span span, String excerpt,
                   Span sentenceSpan, String sentence, List<String> suggestions) {
        this(ruleId, category, severity, message, span, excerpt, sentenceSpan, sentence, suggestions, Source.RULE,
                null);
    }

    /** The same finding with its offsets moved by {@code offset}: from a part of the text into the whole. */
    public Finding shifted(int offset) {
        return offset == 0 ? this : new Finding(ruleId, category, severity, message, shift(span, offset), excerpt,
                shift(sentenceSpan, offset), sentence, suggestions, source, model);
    }

    private static Span shift(Span span, int offset) {
        return span == null ? null : new Span(span.start() + offset, span.end() + offset);
    }

    public Finding withSuggestions(List<String> newSuggestions) {
        return new Finding(ruleId, category, severity, message, span, excerpt, sentenceSpan, sentence, newSuggestions,
                source, model);
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, category, newSeverity, message, span, excerpt, sentenceSpan, sentence, suggestions,
                source, model);
    }

    /** The same finding with what the model said of its sentence. */
    public Finding withModel(ModelVerdict verdict) {
        return new Finding(ruleId, category, severity, message, span, excerpt, sentenceSpan, sentence, suggestions,
                source, verdict);
    }
}
