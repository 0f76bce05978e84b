package dev.jobpostlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class MainTest {

    @TempDir
    Path dir;

    @Test
    void printsVersion() {
        Cli.Run run = Cli.run("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().strip()).isEqualTo("jobpost-lint 0.1.0");
    }

    @Test
    void unknownOptionIsAUsageErrorOnOneLineWithHint() {
        Cli.Run run = Cli.run("check", "--bogus", "x.md");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().toList()).containsExactly(
                "jobpost-lint: Unknown option: '--bogus'",
                "Try 'jobpost-lint check --help' for more information.");
    }

    @Test
    void badOptionValuesAreUsageErrors() {
        assertThat(Cli.run("check", "--format", "yaml", "x.md").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(Cli.run("check", "--fail-on", "sometimes", "x.md").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(Cli.run("check", "--lang", "fr", "x.md").err()).contains("unsupported language 'fr'");
        assertThat(Cli.run("check", "--max-file-size", "lots", "x.md").err()).contains("is not a size");
        assertThat(Cli.run("check", "-v", "-q", "x.md").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(Cli.run("check", "--rules", dir.resolve("none").toString(), "x.md").err())
                .contains("--rules: no such directory");
    }

    @Test
    void checkWithoutPathsIsAUsageError() {
        Cli.Run run = Cli.run("check");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("no input");
    }

    @Test
    void noSubcommandPrintsUsageAndFails() {
        Cli.Run run = Cli.run();
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("Usage: jobpost-lint");
    }

    @Test
    void optionValuesAreCaseInsensitive() {
        Cli.Run run = Cli.run("check", "--format", "JSON", "--fail-on", "Never", "--max-file-size", "1mb",
                dir.resolve("missing.md").toString());
        assertThat(run.err()).doesNotContain("Invalid value");
    }

    @Test
    void rulesPrintsATable() {
        Cli.Run run = Cli.run("rules");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().findFirst()).hasValueSatisfying(header -> assertThat(header)
                .startsWith("ID").contains("CATEGORY", "SEVERITY", "LANGUAGES", "SUMMARY"));
    }

    @Test
    void rulesAsJsonParses() throws Exception {
        Cli.Run run = Cli.run("rules", "--format", "json");
        assertThat(run.exitCode()).isZero();
        assertThat(new ObjectMapper().readTree(run.out()).get("rules").isArray()).isTrue();
    }

    @Test
    void explainUnknownRuleFails() {
        Cli.Run run = Cli.run("explain", "no-such-rule");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().strip())
                .isEqualTo("jobpost-lint: unknown rule 'no-such-rule'; see `jobpost-lint rules`");
    }

    @Test
    void missingPathIsOneErrorLineAndOtherFilesAreStillReported() throws Exception {
        Path ok = Files.writeString(dir.resolve("ok.md"), "# Social Media Manager\n\nDu planst unsere Kampagnen.\n");
        String missing = dir.resolve("missing.md").toString();

        Cli.Run text = Cli.run("check", missing, ok.toString());
        assertThat(text.exitCode()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(text.out().lines().filter(l -> l.contains("missing.md")).toList())
                .containsExactly(missing + ": error: no such file or directory");
        assertThat(text.out()).contains("2 files checked");
        assertThat(text.out()).doesNotContain("Exception").doesNotContain("\tat ");

        Cli.Run json = Cli.run("check", "--format", "json", missing, ok.toString());
        JsonNode files = new ObjectMapper().readTree(json.out()).get("files");
        assertThat(files).hasSize(2);
        assertThat(files.get(0).get("path").asText()).isEqualTo(missing);
        assertThat(files.get(0).get("error").asText()).isEqualTo("no such file or directory");
        assertThat(files.get(1).get("path").asText()).isEqualTo(ok.toString());
        assertThat(json.err()).contains(missing + ": error: no such file or directory");
    }

    @Test
    void jsonReportHasTheDocumentedShape() throws Exception {
        Cli.Run run = Cli.run("check", "--format", "json", dir.resolve("missing.md").toString());
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.get("tool").get("name").asText()).isEqualTo("jobpost-lint");
        assertThat(root.get("tool").get("version").asText()).isEqualTo("0.1.0");
        JsonNode file = root.get("files").get(0);
        assertThat(file.has("format")).isTrue();
        assertThat(file.has("language")).isTrue();
        assertThat(file.get("findings").isArray()).isTrue();
        assertThat(file.has("notice")).isTrue();
        assertThat(root.get("summary").get("files").asInt()).isEqualTo(1);
        assertThat(root.get("summary").get("errors").asInt()).isEqualTo(1);
        assertThat(root.get("summary").has("findings")).isTrue();
    }

    @Test
    void writesReportToOutputFile() throws Exception {
        Path report = dir.resolve("report.json");
        Cli.Run run = Cli.run("check", "--format", "json", "-o", report.toString(), dir.resolve("nope.md").toString());
        assertThat(run.out()).isEmpty();
        assertThat(new ObjectMapper().readTree(report.toFile()).get("files")).hasSize(1);
    }

    @Test
    void colourOnlyOnATerminalAndNeverWithNoColor() {
        String missing = dir.resolve("missing.md").toString();
        assertThat(Cli.run(Cli.terminal(Map.of()), "check", missing).out()).contains("\u001b[");
        assertThat(Cli.run(Cli.terminal(Map.of("NO_COLOR", "1")), "check", missing).out()).doesNotContain("\u001b[");
        assertThat(Cli.run(Cli.terminal(Map.of()), "check", "--no-color", missing).out()).doesNotContain("\u001b[");
        assertThat(Cli.run(Cli.terminal(Map.of("NO_COLOR", "")), "check", missing).out()).contains("\u001b[");
        assertThat(Cli.run("check", missing).out()).doesNotContain("\u001b[");
    }

    @Test
    void standardInputIsNamedDash() throws Exception {
        Cli.Run run = Cli.run(Cli.stdin("Du hast mindestens 10.000 Follower.\n"), "check", "--format", "json", "-");
        assertThat(new ObjectMapper().readTree(run.out()).get("files").get(0).get("path").asText()).isEqualTo("-");
    }

    @Test
    void evalRejectsAFolderThatIsNotACorpus() {
        Cli.Run run = Cli.run("eval", dir.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(run.err()).contains("not a corpus");
    }

    @Test
    void evalRejectsBoundsOutsideZeroToOne() {
        assertThat(Cli.run("eval", "--min-recall", "80", dir.toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
