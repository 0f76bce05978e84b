package dev.jobpostlint.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.jobpostlint.LintResult;
import dev.jobpostlint.LocatedFinding;
import dev.jobpostlint.corpus.Labels;
import dev.jobpostlint.extract.SourceFormat;
import dev.jobpostlint.extract.SourceLocation;
import dev.jobpostlint.nlp.Span;
import dev.jobpostlint.rules.Finding;
import dev.jobpostlint.rules.ModelVerdict;
import dev.jobpostlint.rules.Severity;

class CorpusScorerTest {

    private static final String LABELS = """
            {"docs": {
              "de-01.md": {"lang": "de",
                "positives": [
                  {"line": 4, "text": "Du hast mindestens 10.000 Follower.", "category": "follower-count"},
                  {"line": 5, "text": "Du bist selbst Influencer:in.", "category": "influencer-status"},
                  {"line": 6, "text": "Du stehst gerne vor der Kamera.", "category": "on-camera-persona"}],
                "negatives": [
                  {"line": 8, "text": "Du steigerst die Reichweite unserer Kanäle.", "why": "company channels"}],
                "ambiguous": [
                  {"line": 9, "text": "Du bist in der Szene bekannt.", "category": "personal-reach"}]},
              "en-01.md": {"lang": "en",
                "positives": [
                  {"line": 3, "text": "You have **10k+ followers** on Instagram.", "category": "follower-count"}],
                "negatives": [
                  {"line": 7, "text": "Grow our following by 30% – with campaigns.", "why": "company goal"}]},
              "en-02.md": {"lang": "en", "positives": [], "negatives": []}
            }}
            """;

    private Labels labels;

    @BeforeEach
    void readLabels(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("labels.json");
        Files.writeString(file, LABELS);
        labels = Labels.read(file);
    }

    private static LocatedFinding at(int line, String ruleId, String category, String excerpt) {
        return new LocatedFinding(finding(ruleId, category, excerpt), SourceLocation.lines(line, 1, line, 2));
    }

    private static LocatedFinding unplaced(String ruleId, String category, String excerpt) {
        return new LocatedFinding(finding(ruleId, category, excerpt), SourceLocation.page(1));
    }

    private static Finding finding(String ruleId, String category, String excerpt) {
        return new Finding(ruleId, category, Severity.WARNING, "m", new Span(0, 1), excerpt, new Span(0, 1),
                excerpt, List.of());
    }

    private static LocatedFinding sourced(int line, Finding.Source source, ModelVerdict verdict) {
        Finding f = new Finding("r", "follower-count", Severity.WARNING, "m", new Span(0, 1), "x", new Span(0, 1),
                "x", List.of(), source, verdict);
        return new LocatedFinding(f, SourceLocation.lines(line, 1, line, 2));
    }

    private static ModelVerdict model(double probability, double none, boolean flags) {
        return new ModelVerdict("follower-count", probability, none, flags, 0, 1);
    }

    @Test
    void tellsWhereEachHitCameFromAndWhichRuleFindingsTheModelDoubts() {
        Scores s = new CorpusScorer(labels).score(List.of(
                result("docs/de-01.md",
                        sourced(4, Finding.Source.RULE, model(0.97, 0.02, true)),
                        sourced(5, Finding.Source.RULE, model(0.03, 0.95, false)),
                        sourced(6, Finding.Source.MODEL, model(0.81, 0.15, true)),
                        sourced(8, Finding.Source.MODEL, model(0.66, 0.30, true))),
                result("docs/en-01.md", sourced(3, Finding.Source.RULE, null)),
                result("docs/en-02.md")));

        assertThat(s.sources().get("de")).isEqualTo(new Scores.Sources(1, 1, 1, 0));
        assertThat(s.sources().get("en")).isEqualTo(new Scores.Sources(1, 0, 0, 0));
        assertThat(s.sources().get("follower-count")).isEqualTo(new Scores.Sources(1, 0, 1, 0));
        assertThat(s.sources().get(Scores.FALSE_POSITIVES)).isEqualTo(new Scores.Sources(0, 1, 0, 0));
        assertThat(s.doubts()).singleElement().satisfies(d -> {
            assertThat(d.where()).isEqualTo("5");
            assertThat(d.none()).isEqualTo(0.95);
            assertThat(d.label()).isEqualTo("positive");
        });

        StringWriter text = new StringWriter();
        ScoresWriter.writeText(s, new PrintWriter(text));
        assertThat(text.toString())
                .contains("  de                               1          1     1      0")
                .contains("DOUBT de-01.md:5 [r] x (model: nothing of the kind 0.950; line is positive)");
    }

    @Test
    void aLineTwoSourcesFlagCountsOnceAsBoth() {
        Scores s = new CorpusScorer(labels).score(List.of(
                result("docs/de-01.md",
                        sourced(4, Finding.Source.RULE, model(0.2, 0.7, false)),
                        sourced(4, Finding.Source.MODEL, model(0.9, 0.05, true)))));
        assertThat(s.sources().get("de")).isEqualTo(new Scores.Sources(0, 0, 1, 2));
    }

    private static LintResult result(String path, LocatedFinding... findings) {
        return new LintResult(path, SourceFormat.MARKDOWN, "de", List.of(findings), null, null);
    }

    @Test
    void countsLineLevelHitsMissesAndFalsePositivesOncePerLine() {
        Scores s = new CorpusScorer(labels).score(List.of(
                result("docs/de-01.md",
                        at(4, "follower-count", "follower-count", "10.000 Follower"),
                        at(4, "follower-number", "follower-count", "mindestens 10.000"),
                        at(5, "influencer-self", "influencer-status", "Influencer:in"),
                        at(8, "own-reach", "personal-reach", "Reichweite"),
                        at(8, "own-reach-2", "personal-reach", "Reichweite unserer"),
                        at(9, "own-reach", "personal-reach", "bekannt"),
                        at(12, "follower-count", "follower-count", "Follower")),
                result("docs/en-01.md"),
                result("docs/en-02.md")));

        assertThat(s.byLanguage().get("de")).isEqualTo(new Counts(2, 2, 1));
        assertThat(s.byLanguage().get("en")).isEqualTo(new Counts(0, 0, 1));
        assertThat(s.overall()).isEqualTo(new Counts(2, 2, 2));
        assertThat(s.overall().precision()).isEqualTo(0.5);
        assertThat(s.overall().recall()).isEqualTo(0.5);
        assertThat(s.byCategory().get("follower-count")).isEqualTo(new Counts(1, 1, 1));
        assertThat(s.byCategory().get("personal-reach")).isEqualTo(new Counts(0, 1, 0));
        assertThat(s.falsePositives()).extracting(Scores.FalsePositive::where).containsExactly("8", "12");
        assertThat(s.falsePositives().get(0).hardNegative()).isEqualTo("Du steigerst die Reichweite unserer Kanäle.");
        assertThat(s.falseNegatives()).extracting(Scores.FalseNegative::line).containsExactly(6, 3);
        assertThat(s.docsScored()).isEqualTo(3);
        assertThat(s.missingDocs()).isEmpty();
    }

    @Test
    void placesFindingsWithoutLinesByNormalizedExcerpt() {
        LintResult pdf = new LintResult("out/en-01.pdf", SourceFormat.PDF, "en", List.of(
                unplaced("follower-count", "follower-count", "10k+ FOLLOWERS"),
                unplaced("own-reach", "personal-reach", "following by 30% - with"),
                unplaced("own-reach", "personal-reach", "not in any labelled line")), null, null);

        Scores s = new CorpusScorer(labels).score(List.of(pdf));

        assertThat(s.byLanguage().get("en")).isEqualTo(new Counts(1, 2, 0));
        assertThat(s.falsePositives()).extracting(Scores.FalsePositive::where)
                .containsExactly("7", "excerpt:not in any labelled line");
        assertThat(s.missingDocs()).containsExactly("de-01.md", "en-02.md");
    }

    @Test
    void listsResultsWithoutLabels() {
        Scores s = new CorpusScorer(labels).score(List.of(result("docs/other.md", at(1, "r", "c", "x"))));
        assertThat(s.unlabelled()).containsExactly("docs/other.md");
        assertThat(s.overall()).isEqualTo(Counts.ZERO);
        assertThat(s.overall().precision()).isEqualTo(1.0);
    }

    @Test
    void writesScoresInTheScriptsWording() {
        Scores s = new CorpusScorer(labels).score(List.of(
                result("docs/de-01.md", at(4, "follower-count", "follower-count", "10.000 Follower"),
                        at(8, "own-reach", "personal-reach", "Reichweite")),
                result("docs/en-01.md"), result("docs/en-02.md")));
        StringWriter out = new StringWriter();
        ScoresWriter.writeText(s, new PrintWriter(out));
        assertThat(out.toString().replace(System.lineSeparator(), "\n"))
                .contains("de: precision 0.500 recall 0.333 f1 0.400 (tp 1 fp 1 fn 2)\n")
                .contains("overall: precision 0.500 recall 0.250 f1 0.333 (tp 1 fp 1 fn 3, docs 3/3)\n")
                .contains("  recall follower-count: 0.500 (1/2)\n")
                .contains("FP de-01.md:8 [personal-reach/own-reach] Du steigerst die Reichweite unserer Kanäle.")
                .contains("FN de-01.md:5 [influencer-status] Du bist selbst Influencer:in.\n");
    }

    @Test
    void roundsHalfToEvenLikePython() {
        assertThat(ScoresWriter.fixed(0.0625)).isEqualTo("0.062");
        assertThat(ScoresWriter.fixed(2.0 / 3)).isEqualTo("0.667");
        assertThat(ScoresWriter.fixed(1.0)).isEqualTo("1.000");
    }

    @Test
    void normalizesLikeTheScript() {
        assertThat(TextNormalizer.normalize("  **Mind.**\u00a0„10.000“ Follower –\u00adjetzt ")).isEqualTo("mind. \"10.000\" follower -jetzt");
    }

    @Test
    void stemAndSuffixFollowPurePath() {
        assertThat(CorpusScorer.stem("out/x.pdf")).isEqualTo("x");
        assertThat(CorpusScorer.suffix("docs/X.MD")).isEqualTo(".md");
        assertThat(CorpusScorer.stem("-")).isEqualTo("-");
    }
}
