package dev.jobpostlint.nlp;

/** A sentence of the extracted text, within block number {@code block}. */
public record Sentence(String text, Span span, int block) {
}
