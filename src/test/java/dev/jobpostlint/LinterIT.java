package dev.jobpostlint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.jobpostlint.extract.SourceFormat;
import dev.jobpostlint.extract.SourceLocation;
import dev.jobpostlint.nlp.Language;
import dev.jobpostlint.testing.Fixtures;

/** The whole pipeline through the facade, on real files in every format, with the real models and rules. */
class LinterIT {

    private static final String REQUIREMENT_DE = "Du hast mindestens 10.000 Follower auf deinem eigenen Instagram-Account.";
    private static final String REQUIREMENT_EN = "At least 10k followers on your personal TikTok account";

    private static Linter linter;

    @TempDir
    Path dir;

    @BeforeAll
    static void createLinter() throws Exception {
        linter = Linter.create(LinterOptions.defaults());
    }

    private static LocatedFinding only(LintResult result, String ruleId) {
        assertThat(result.error()).isNull();
        List<LocatedFinding> findings = result.findings().stream()
                .filter(f -> f.finding().ruleId().equals(ruleId)).toList();
        assertThat(findings).as("findings of %s in %s", ruleId, result.path()).hasSize(1);
        return findings.get(0);
    }

    @Test
    void flagsFollowerCountInPdfOnItsPage() {
        Path pdf = Fixtures.writePdf(dir.resolve("stelle.pdf"), List.of(
                List.of("# Social Media Manager (m/w/d)", "# Über uns",
                        "Mit über 350.000 Followern auf Instagram gehören wir zu den bekanntesten Marken im Land.",
                        "# Deine Aufgaben", "• Du planst Inhalte für Instagram und TikTok."),
                List.of("# Dein Profil", "• " + REQUIREMENT_DE, "• Du kennst die Algorithmen der Plattformen.")));
        LintResult result = linter.lint(pdf, "stelle.pdf");
        assertThat(result.format()).isEqualTo(SourceFormat.PDF);
        assertThat(result.language()).isEqualTo("de");
        LocatedFinding f = only(result, "follower-count");
        assertThat(f.location()).isEqualTo(SourceLocation.page(2));
        assertThat(f.finding().excerpt()).isEqualTo("mindestens 10.000 Follower");
        assertThat(f.finding().sentence()).isEqualTo(REQUIREMENT_DE);
        assertThat(f.finding().suggestions().get(0)).contains("Instagram-Kanälen");
    }

    @Test
    void flagsFollowerCountInDocxByParagraph() {
        Path docx = Fixtures.writeDocx(dir.resolve("job.docx"), List.of(
                "# Social Media Manager", "# About us", "Our 45,000 followers on Instagram love our coffee.",
                "# About you", "- Two years of social media experience", "- " + REQUIREMENT_EN));
        LintResult result = linter.lint(docx, "job.docx");
        assertThat(result.format()).isEqualTo(SourceFormat.DOCX);
        assertThat(result.language()).isEqualTo("en");
        LocatedFinding f = only(result, "follower-count");
        assertThat(f.location()).isEqualTo(SourceLocation.paragraph(6));
        assertThat(f.finding().excerpt()).isEqualTo("At least 10k followers");
        assertThat(f.finding().suggestions().get(0)).contains("TikTok");
    }

    @Test
    void flagsFollowerCountInHtmlAtItsSourceLineAndColumn() throws Exception {
        Path html = dir.resolve("job.html");
        Files.writeString(html, """
                <!DOCTYPE html>
                <html><head><title>Social Media Executive</title></head>
                <body>
                  <h2>About us</h2>
                  <p>Our 45,000 followers on Instagram share their latte art with us every day.</p>
                  <h2>About you</h2>
                  <ul>
                    <li>Two years of experience for a <b>consumer</b> brand</li>
                    <li><b>At least 10k</b> followers on your personal TikTok account</li>
                  </ul>
                </body></html>
                """, StandardCharsets.UTF_8);
        LocatedFinding f = only(linter.lint(html, "job.html"), "follower-count");
        assertThat(f.location()).isEqualTo(SourceLocation.lines(9, 12, 9, 38));
        assertThat(f.finding().excerpt()).isEqualTo("At least 10k followers");
    }

    @Test
    void flagsFollowerCountInMarkdownAtItsSourceLineAndColumn() throws Exception {
        Path md = dir.resolve("stelle.md");
        Files.writeString(md, """
                # Social Media Manager (m/w/d)

                ## Dein Profil

                - Erfahrung im Social Media Management
                - Du hast **mindestens 10.000 Follower** auf deinem
                  eigenen Instagram-Account.
                """, StandardCharsets.UTF_8);
        LocatedFinding f = only(linter.lint(md, "stelle.md"), "follower-count");
        assertThat(f.location()).isEqualTo(SourceLocation.lines(6, 13, 6, 39));
        assertThat(f.finding().sentence()).isEqualTo(REQUIREMENT_DE);
    }

    @Test
    void textFileThatIsHtmlIsReadAsHtml() throws Exception {
        Path txt = dir.resolve("posting.txt");
        Files.writeString(txt, "<html><body><h2>Dein Profil</h2><p>" + REQUIREMENT_DE + "</p></body></html>");
        LintResult result = linter.lint(txt, "posting.txt");
        assertThat(result.format()).isEqualTo(SourceFormat.HTML);
        assertThat(only(result, "follower-count").location().line()).isEqualTo(1);
    }

    @Test
    void aSentenceThatSeveralRulesMatchGetsTheMostSpecificFinding() throws Exception {
        Path md = dir.resolve("bewerbung.md");
        Files.writeString(md, "## Bewerbung\n\n- Bitte füge einen Link zu deinem Instagram-Profil inkl. aktueller Followerzahl bei.\n");
        LintResult result = linter.lint(md, "bewerbung.md");
        assertThat(result.findings()).singleElement()
                .satisfies(f -> assertThat(f.finding().category()).isEqualTo("profile-as-credential"));
    }

    @Test
    void companyFactsAndTasksAreNotFlagged() throws Exception {
        Path md = dir.resolve("clean.md");
        Files.writeString(md, """
                ## Über uns

                Mit über 350.000 Followern auf Instagram und TikTok gehören wir zu den sichtbarsten Marken.

                ## Deine Aufgaben

                - Du steigerst die Reichweite unserer Kanäle und baust unsere TikTok-Community aus.
                - Du berichtest monatlich über Follower-Wachstum und Engagement-Rate.

                ## Dein Profil

                - Deine Followerzahl spielt für uns keine Rolle.
                """);
        LintResult result = linter.lint(md, "clean.md");
        assertThat(result.error()).isNull();
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void postingInAnotherLanguageGetsANoticeAndNoFindings() throws Exception {
        Path md = dir.resolve("offre.md");
        Files.writeString(md, """
                Vous développez notre stratégie sur les réseaux sociaux pour Instagram et TikTok.
                Vous avez au moins 10 000 abonnés sur votre compte personnel et une expérience des campagnes.
                Nous offrons des horaires flexibles, un budget de formation et une équipe formidable.
                """);
        LintResult result = linter.lint(md, "offre.md");
        assertThat(result.error()).isNull();
        assertThat(result.findings()).isEmpty();
        assertThat(result.notice()).contains("'fra'").contains("not supported");
    }

    @Test
    void stopsCheckingAFileAtItsFindingLimitAndSaysSo() throws Exception {
        Path md = dir.resolve("export.md");
        Files.writeString(md, ("Wir suchen dich für unser Social-Media-Team.\n\n" + REQUIREMENT_DE + "\n\n").repeat(40));
        Linter limited = Linter.create(LinterOptions.defaults().withMaxFindings(7));

        LintResult result = limited.lint(md, "export.md");

        assertThat(result.findings()).hasSize(7);
        assertThat(result.findings().get(6).location().line()).isEqualTo(27);
        assertThat(result.notice())
                .isEqualTo("checking stopped after 7 findings; the rest of the file was not checked (see --max-findings)");
        assertThat(linter.lint(md, "export.md").findings()).hasSize(40);
    }

    @Test
    void forcedLanguageOverridesDetection() throws Exception {
        Linter english = Linter.create(LinterOptions.defaults().withLanguage(Language.EN));
        LintResult result = english.lint("-", "-", (REQUIREMENT_EN + "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(result.language()).isEqualTo("en");
        assertThat(result.findings()).extracting(f -> f.finding().ruleId()).contains("follower-count");
    }

    @Test
    void unreadableFilesBecomeOneLineErrors() throws Exception {
        Path corrupt = Files.write(dir.resolve("broken.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes());
        Path random = Files.write(dir.resolve("random.docx"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1, 2});
        Path empty = Files.write(dir.resolve("empty.md"), new byte[0]);
        for (Path p : List.of(corrupt, random, empty, dir.resolve("missing.md"))) {
            LintResult result = linter.lint(p, p.getFileName().toString());
            assertThat(result.error()).as(p.toString()).isNotBlank().doesNotContain("\n").doesNotContain("Exception");
            assertThat(result.findings()).isEmpty();
        }
    }

    @Test
    void fastAndNaivePathsAgree() throws Exception {
        Path md = dir.resolve("stelle.md");
        Files.writeString(md, "## Dein Profil\n\n- " + REQUIREMENT_DE + "\n- Du kennst die Algorithmen der Plattformen.\n");
        var text = new dev.jobpostlint.extract.Extractor(LinterOptions.DEFAULT_MAX_FILE_BYTES).extract(md);
        assertThat(linter.lint("stelle.md", text, true)).isEqualTo(linter.lint("stelle.md", text, false));
    }
}
