package dev.jobpostlint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The packaged jar as a user runs it: a separate process, its exit codes, stdout and stderr. */
class JarIT {

    private static final Path JAR = Path.of("target", "jobpost-lint.jar");

    @TempDir
    Path dir;

    @TempDir
    Path outputs;

    record Run(int exitCode, String out, String err) {
    }

    private Run run(String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("NO_COLOR", "1");
        Path out = outputs.resolve("out.txt");
        Path err = outputs.resolve("err.txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        try (var in = p.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        }
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished in time").isTrue();
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void bundledExamplesGiveFindingsInEveryFormatAndExitOne() throws Exception {
        Run run = run(null, "check", "--format", "json", "examples");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.at("/tool/name").asText()).isEqualTo("jobpost-lint");
        List<String> flaggedFormats = new ArrayList<>();
        for (JsonNode file : report.get("files")) {
            assertThat(file.get("error").isNull()).as(file.get("path").asText()).isTrue();
            if (!file.get("findings").isEmpty()) {
                flaggedFormats.add(file.get("format").asText());
            }
        }
        assertThat(flaggedFormats).contains("md", "html", "pdf", "docx");
        assertThat(report.at("/summary/files").asInt()).isEqualTo(report.get("files").size());
    }

    @Test
    void badInputsGetOneLineEachAndTheOthersAreStillChecked() throws Exception {
        Files.write(dir.resolve("random.docx"), new byte[] {7, 1, 2, 3, 4, 5, 6, 7, 8, 9});
        Files.write(dir.resolve("empty.md"), new byte[0]);
        Files.writeString(dir.resolve("stelle.md"),
                "## Dein Profil\n\n- Du hast mindestens 10.000 Follower auf deinem eigenen Instagram-Account.\n");
        Run run = run(null, "check", "--format", "json", dir.toString(), dir.resolve("missing.pdf").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(3).allSatisfy(line -> assertThat(line).doesNotContain("Exception"));
        assertThat(run.err()).contains("random.docx").contains("empty.md").contains("missing.pdf")
                .doesNotContain("\tat ");
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.at("/summary/errors").asInt()).isEqualTo(3);
        assertThat(report.at("/summary/findings").asInt()).isEqualTo(1);
    }

    @Test
    void readsStandardInput() throws Exception {
        Run run = run("## About you\n\n- At least 10k followers on your personal TikTok account\n", "check", "-");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("-:3:3: warning [follower-count]");
    }

    @Test
    void brokenUserRuleStopsTheRunWithFileAndLine() throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules/en"));
        Files.writeString(rules.resolve("bad.yml"), "id: bad\ncategory: nonsense\n");
        Files.writeString(dir.resolve("a.md"), "Hello\n");
        Run run = run(null, "check", "--rules", dir.resolve("rules").toString(), dir.resolve("a.md").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo(rules.resolve("bad.yml") + ":2: unknown category 'nonsense' (known: "
                + "follower-count, influencer-status, monetized-reach, on-camera-persona, personal-reach, profile-as-credential)");
    }
}
