package dev.jobpostlint.rules;

/**
 * A sentence from a rule file that the rule must flag ({@code flagged} is the marked part) or must pass
 * ({@code flagged} is null). {@code section} places it under a heading of that kind; {@code line} is where
 * the example stands in its rule file.
 */
public record Example(String sentence, String flagged, SectionKind section, int line) {

    public boolean mustFlag() {
        return flagged != null;
    }
}
