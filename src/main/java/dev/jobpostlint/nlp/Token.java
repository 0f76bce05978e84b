package dev.jobpostlint.nlp;

import java.util.Locale;

/** One token of a sentence with its part-of-speech tag (UD tag set) and lemma; span is in the extracted text. */
public record Token(String text, String pos, String lemma, Span span) {

    /** The token lower-cased, the form most rule tests compare against. */
    public String lower() {
        return text.toLowerCase(Locale.ROOT);
    }
}
