package dev.jobpostlint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.jobpostlint.rules.Finding;

/**
 * What the rules read beyond one sentence or one negation word: an answer in the next sentence, the "not" of an
 * exclusion, a pronoun that points back to the applicants. The rules alone, without the model.
 */
class RulesInContextTest {

    private static Linter rules;

    @BeforeAll
    static void linter() throws Exception {
        rules = Linter.create(LinterOptions.defaults().withModel(ModelChoice.OFF));
    }

    private static List<String> categories(String posting) {
        LintResult r = rules.lint("posting.md", "posting.md", posting.getBytes(StandardCharsets.UTF_8));
        assertThat(r.error()).isNull();
        return r.findings().stream().map(f -> f.finding().category()).toList();
    }

    @Test
    void aQuestionAnsweredWithNotRequiredInTheNextSentenceIsNotFlagged() {
        assertThat(categories("## What you bring\n\n- Confident on camera? Great, but not required.\n")).isEmpty();
        assertThat(categories("## Dein Profil\n\n- Vor der Kamera stehen? Musst du nicht, dafür haben wir eine Moderatorin.\n"))
                .isEmpty();
    }

    @Test
    void anAnswerThatCallsItAPlusStillFlagsTheQuestion() {
        assertThat(categories("## Dein Profil\n\n- Eigene Community? Kein Muss, aber ein echter Pluspunkt.\n"))
                .containsExactly("personal-reach");
    }

    @Test
    void theNotOfAnExclusionNegatesNothing() {
        assertThat(categories("## Requirements\n\n- Accounts below 3,000 followers need not apply.\n"))
                .containsExactly("follower-count");
        assertThat(categories("## Bewerbung\n\n- Bewerbungen ohne Link zu deinem TikTok-Profil werden nicht berücksichtigt.\n"))
                .containsExactly("profile-as-credential");
    }

    @Test
    void aReassuranceIsStillOne() {
        assertThat(categories("## Requirements\n\n- Your follower count will not be considered.\n")).isEmpty();
        assertThat(categories("## Profil\n\n- Deine Followerzahl spielt für uns keine Rolle.\n")).isEmpty();
    }

    @Test
    void theirPointsBackToTheApplicants() {
        assertThat(categories("## How to apply\n\n- Candidates must provide their Instagram handle with the application.\n"))
                .containsExactly("profile-as-credential");
        assertThat(categories("## How to apply\n\n- Candidates should describe how they grew their clients' accounts.\n"))
                .isEmpty();
    }

    @Test
    void aVerifiedAccountOfTheCandidateIsFlaggedTheCompanysIsNot() {
        assertThat(categories("## Dein Profil\n\n- Ein verifiziertes Profil auf Instagram ist ein Pluspunkt.\n"))
                .containsExactly("influencer-status");
        assertThat(categories("## Deine Aufgaben\n\n- Du pflegst die Verifizierung unserer Unternehmensaccounts.\n"))
                .isEmpty();
        assertThat(categories("## About us\n\n- Our Instagram account got its blue check last year.\n")).isEmpty();
    }

    @Test
    void formQuestionsAboutTheApplicantsOwnAccountsAreFlagged() {
        assertThat(categories("## Application form\n\n- How many followers do you have across your personal accounts?\n"))
                .containsExactly("profile-as-credential");
        assertThat(categories("## Bewerbung\n\n- Wie viele Abonnent:innen hat dein Kanal aktuell?\n"))
                .containsExactly("profile-as-credential");
    }

    @Test
    void rulesFindingsSayTheyComeFromARule() {
        LintResult r = rules.lint("p.md", "p.md",
                "## Profil\n\n- Du hast mindestens 10.000 Follower.\n".getBytes(StandardCharsets.UTF_8));
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.finding().source()).isEqualTo(Finding.Source.RULE);
            assertThat(f.finding().model()).isNull();
        });
    }
}
