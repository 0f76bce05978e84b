package dev.jobpostlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.jobpostlint.testing.TrainingCorpora;

/** {@code train} on a team's own small corpus, then {@code check --model} and {@code eval --cross-validate} with it. */
class TrainCommandIT {

    private static final String POSTING = """
            # Social Media Manager (m/w/d)

            ## Dein Profil

            - Du hast mindestens 10.000 Follower auf deinem eigenen Instagram-Account.
            - Erfahrung mit Redaktionsplänen und Reporting.
            """;

    @TempDir
    static Path dir;

    private static Path corpus;
    private static Path model;
    private static Cli.Run trained;

    @BeforeAll
    static void train() {
        corpus = TrainingCorpora.small(dir.resolve("corpus"), 6);
        model = dir.resolve("team-model.bin");
        trained = Cli.run("train", corpus.toString(), "-o", model.toString(), "--threshold", "0.7");
    }

    @Test
    void trainsAndWritesTheModel() throws Exception {
        assertThat(trained.exitCode()).as(trained.err()).isZero();
        assertThat(trained.out()).startsWith(model + ": trained on 12 postings").contains("threshold 0.7");
        assertThat(Files.size(model)).isPositive();
    }

    @Test
    void checkUsesTheTrainedModel() throws Exception {
        Path posting = Files.writeString(dir.resolve("stelle.md"), POSTING);
        Cli.Run run = Cli.run("check", "--model", model.toString(), "--format", "json", posting.toString());
        assertThat(run.err()).isEmpty();
        JsonNode finding = new ObjectMapper().readTree(run.out()).at("/files/0/findings/0");
        assertThat(finding.path("line").asInt()).isEqualTo(5);
        assertThat(finding.path("source").asText()).isIn("rule", "model");
        assertThat(finding.path("model").isObject()).as("the model's verdict on the sentence").isTrue();
    }

    @Test
    void noModelRunsTheRulesAlone() throws Exception {
        Path posting = Files.writeString(dir.resolve("stelle2.md"), POSTING);
        Cli.Run run = Cli.run("check", "--no-model", "--format", "json", posting.toString());
        JsonNode finding = new ObjectMapper().readTree(run.out()).at("/files/0/findings/0");
        assertThat(finding.path("source").asText()).isEqualTo("rule");
        assertThat(finding.path("model").isNull()).isTrue();
    }

    @Test
    void aModelFileThatCannotBeReadStopsTheRunWithOneLine() throws Exception {
        Path posting = Files.writeString(dir.resolve("stelle3.md"), POSTING);
        Path notAModel = Files.writeString(dir.resolve("notes.txt"), "hello");
        Cli.Run run = Cli.run("check", "--model", notAModel.toString(), posting.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.RULE_FILE_ERROR);
        assertThat(run.err()).isEqualTo(notAModel + ": not a jobpost-lint model file (no model.properties)\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void contradictingModelOptionsAreAUsageError() {
        Cli.Run run = Cli.run("check", "--no-model", "--model", model.toString(), "x.md");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("jobpost-lint: --no-model cannot be used with --model or --model-threshold");
    }

    @Test
    void aFolderThatIsNoCorpusIsOneLine() {
        Cli.Run run = Cli.run("train", dir.resolve("nothing").toString(), "-o", dir.resolve("x.bin").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(run.err()).endsWith("nothing: not a corpus (needs docs/ and labels.json)\n").doesNotContain("\tat ");
    }

    @Test
    void evalCrossValidatesOnTheCorpus() {
        Cli.Run run = Cli.run("eval", "--model", model.toString(), "--cross-validate", "--folds", "2",
                corpus.toString());
        assertThat(run.out()).contains("found by", "cross-validation of the classifier: 2 folds over 12 postings")
                .containsPattern("macro f1 \\d\\.\\d{3} \\(the six categories: \\d\\.\\d{3}\\)");
    }
}
