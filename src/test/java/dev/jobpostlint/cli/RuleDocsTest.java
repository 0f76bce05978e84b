package dev.jobpostlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.jobpostlint.nlp.Language;
import dev.jobpostlint.rules.Example;
import dev.jobpostlint.rules.MatchSpec;
import dev.jobpostlint.rules.Rule;
import dev.jobpostlint.rules.SectionKind;
import dev.jobpostlint.rules.Severity;

class RuleDocsTest {

    private static final MatchSpec NO_MATCH = new MatchSpec(List.of(), MatchSpec.Owner.ANY, Set.of(), List.of());

    private static final Rule DE = new Rule("follower-count", "follower-count", Severity.WARNING, Language.DE,
            "Verlangt eine persönliche Followerzahl.", "Follower sagen nichts über Strategie.",
            List.of("Nachweisbare Erfahrung im Aufbau von Unternehmenskanälen, belegt durch KPIs."),
            NO_MATCH, List.of(
                    new Example("Du hast mind. 5.000 Follower.", "mind. 5.000 Follower", SectionKind.REQUIREMENTS, 20),
                    new Example("Mit über 1 Mio. Followern sind wir bekannt.", null, SectionKind.ABOUT, 24)),
            "rules/de/follower.yml");
    private static final Rule EN = new Rule("follower-count", "follower-count", Severity.WARNING, Language.EN,
            "Asks for a personal follower count.", "Followers say nothing about strategy.",
            List.of("Proven experience growing brand accounts, shown with KPIs."), NO_MATCH, List.of(),
            "rules/en/follower.yml");
    private static final Rule CAMERA = new Rule("on-camera", "on-camera-persona", Severity.INFO, Language.DE,
            "Vor der Kamera als Kernanforderung.", "", List.of(), NO_MATCH, List.of(), null);

    @Test
    void tableMergesLanguagesPerId() {
        StringWriter s = new StringWriter();
        RuleDocs.table(List.of(DE, EN, CAMERA), new PrintWriter(s));
        assertThat(s.toString().lines().toList()).containsExactly(
                "ID              CATEGORY           SEVERITY  LANGUAGES  SUMMARY",
                "follower-count  follower-count     warning   de,en      Asks for a personal follower count.",
                "on-camera       on-camera-persona  info      de         Vor der Kamera als Kernanforderung.");
    }

    @Test
    void explainShowsWhyWhatInsteadAndMarkedExamples() {
        StringWriter s = new StringWriter();
        RuleDocs.explain(List.of(DE, EN), new PrintWriter(s));
        assertThat(s.toString())
                .contains("follower-count (category follower-count, severity warning)")
                .contains("[de] Verlangt eine persönliche Followerzahl.")
                .contains("  Why it matters:\n    Follower sagen nichts über Strategie.")
                .contains("  What to write instead:\n    → Nachweisbare Erfahrung")
                .contains("  Flagged:\n    Du hast mind. 5.000 Follower.\n            ^^^^^^^^^^^^^^^^^^^^\n")
                .contains("  Not flagged:\n    Mit über 1 Mio. Followern sind wir bekannt.")
                .contains("[en] Asks for a personal follower count.");
    }
}
