package dev.jobpostlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.jobpostlint.testing.Fixtures;

/**
 * End to end through the real pipeline (extraction, NLP, built-in rules): these need real findings, so
 * they only pass once the extractors and the rule engine are in place.
 */
class CheckCommandIT {

    private static final String POSTING = """
            # Social Media Manager (m/w/d)

            ## Über uns

            Mit über 350.000 Followern auf Instagram gehören wir zu den bekanntesten Marken.

            ## Dein Profil

            - Du hast mindestens 10.000 Follower auf deinem eigenen Instagram-Account.
            - Du hast Erfahrung mit Redaktionsplänen und Kampagnen.
            """;

    @TempDir
    Path dir;

    private Path posting() throws Exception {
        return Files.writeString(dir.resolve("stelle.md"), POSTING);
    }

    @Test
    void flagsFollowerCountWithLineColumnAndSuggestion() throws Exception {
        Path file = posting();
        Cli.Run run = Cli.run("check", file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.out()).contains(file + ":9:").contains("[follower-count]").contains("→ ")
                .contains("^^^").contains("1 file checked");
        assertThat(run.out()).doesNotContain(file + ":5:");
    }

    @Test
    void jsonFindingHasLineExcerptAndSentence() throws Exception {
        Path file = posting();
        Cli.Run run = Cli.run("check", "--format", "json", file.toString());
        JsonNode f = new ObjectMapper().readTree(run.out()).get("files").get(0);
        assertThat(f.get("format").asText()).isEqualTo("md");
        assertThat(f.get("language").asText()).isEqualTo("de");
        JsonNode finding = f.get("findings").get(0);
        assertThat(finding.get("category").asText()).isEqualTo("follower-count");
        assertThat(finding.get("line").asInt()).isEqualTo(9);
        assertThat(finding.get("excerpt").asText()).contains("10.000 Follower");
        assertThat(finding.get("suggestions")).isNotEmpty();
    }

    @Test
    void failOnNeverExitsZeroDespiteFindings() throws Exception {
        assertThat(Cli.run("check", "--fail-on", "never", posting().toString()).exitCode()).isZero();
    }

    @Test
    void checksStandardInput() {
        Cli.Run run = Cli.run(Cli.stdin(POSTING), "check", "--lang", "de", "-");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.out()).contains("-:9:");
    }

    @Test
    void walksADirectoryAndSkipsImages() throws Exception {
        posting();
        Files.write(dir.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Cli.Run run = Cli.run("check", "-v", dir.toString());
        assertThat(run.out()).contains("stelle.md:9:").contains("1 file checked");
        assertThat(run.err()).contains("logo.png");
    }

    @Test
    void rulesListsTheBuiltInRules() {
        Cli.Run run = Cli.run("rules");
        assertThat(run.out()).contains("follower-count").contains("de,en");
    }

    @Test
    void explainShowsAKnownRule() {
        String id = Cli.run("rules").out().lines().skip(1).findFirst().orElseThrow().split("\\s+")[0];
        Cli.Run run = Cli.run("explain", id);
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Why it matters:").contains("What to write instead:").contains("Flagged:");
    }

    @Test
    void evalScoresASmallCorpus() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus/docs"));
        Files.writeString(corpus.resolve("de-01.md"), POSTING);
        Files.writeString(dir.resolve("corpus/labels.json"), """
                {"docs": {"de-01.md": {"lang": "de",
                  "positives": [{"line": 9, "text": "Du hast mindestens 10.000 Follower auf deinem eigenen Instagram-Account.", "category": "follower-count"}],
                  "negatives": [{"line": 5, "text": "Mit über 350.000 Followern auf Instagram gehören wir zu den bekanntesten Marken.", "why": "company fact"}]}}}
                """);
        Cli.Run run = Cli.run("eval", "--min-recall", "1", "--min-precision", "1", dir.resolve("corpus").toString());
        assertThat(run.out()).contains("overall: precision 1.000 recall 1.000");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void documentsOverTheirLimitAreOneLineErrorsWhileLargerMarkdownIsChecked() throws Exception {
        Path pdf = Fixtures.writePdf(dir.resolve("stelle.pdf"), List.of(List.of("# Dein Profil",
                "• Du hast mindestens 10.000 Follower auf deinem eigenen Instagram-Account.")));
        Path html = Files.writeString(dir.resolve("stelle.html"), "<html><body><h2>Dein Profil</h2><ul><li>"
                + "Du hast mindestens 10.000 Follower auf deinem eigenen Instagram-Account.</li></ul>"
                + "<p>Wir bieten ein gutes Team.</p>".repeat(40) + "</body></html>");
        Path md = Files.writeString(dir.resolve("stelle.md"), POSTING + "\nWir bieten ein gutes Team.\n".repeat(40));

        Cli.Run run = Cli.run("check", "--max-file-size", "500", pdf.toString(), html.toString(), md.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(run.out().lines().filter(l -> l.contains(": error: ")).toList()).containsExactly(
                pdf + ": error: too large: " + size(pdf) + " (limit for PDF files 500 B, see --max-file-size)",
                html + ": error: too large: " + size(html) + " (limit for HTML files 500 B, see --max-file-size)");
        assertThat(run.out()).contains(md + ":9:").contains("[follower-count]");
    }

    @Test
    void markdownOverItsOwnLimitIsAOneLineError() throws Exception {
        Path md = posting();

        Cli.Run run = Cli.run("check", "--max-text-size", "100", md.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(run.out()).contains(md + ": error: too large: " + size(md)
                + " (limit for Markdown files 100 B, see --max-text-size)\n");
    }

    /** The size as the error message gives it. */
    private static String size(Path file) throws Exception {
        long bytes = Files.size(file);
        return bytes < 1024 ? bytes + " B" : String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
}
