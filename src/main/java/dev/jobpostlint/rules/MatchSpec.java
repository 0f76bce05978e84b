package dev.jobpostlint.rules;

/** Placeholder, replaced by the matcher. */
public record MatchSpec() {
}
