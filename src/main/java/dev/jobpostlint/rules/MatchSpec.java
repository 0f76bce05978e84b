package dev.jobpostlint.rules;

import java.util.List;
import java.util.Set;

/**
 * How a rule matches: any of its patterns, then the conditions every match must meet.
 *
 * @param owner      whose audience the sentence must speak of: the candidate's, or anyone's
 * @param sections   the sections the rule fires in; empty means all
 * @param exceptions patterns that, found anywhere in the sentence, stop the rule
 */
public record MatchSpec(List<PatternEntry> patterns, Owner owner, Set<SectionKind> sections,
                        List<TokenPattern> exceptions) {

    public MatchSpec {
        patterns = List.copyOf(patterns);
        sections = Set.copyOf(sections);
        exceptions = List.copyOf(exceptions);
    }

    /** Whose audience or persona a match must be about. */
    public enum Owner {
        /** The candidate's own: said outright (your, dein, eigene) or implied by a requirements section. */
        CANDIDATE,
        /** Anyone's: the pattern itself says enough. */
        ANY
    }

    /** A pattern; {@code negationChecked} false means the pattern itself already handles negation. */
    public record PatternEntry(TokenPattern pattern, boolean negationChecked) {
    }
}
