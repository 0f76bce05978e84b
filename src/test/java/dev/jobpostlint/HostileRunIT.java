package dev.jobpostlint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.jobpostlint.testing.HostileFiles;
import dev.jobpostlint.testing.Launcher;
import dev.jobpostlint.testing.RealPostings;

/**
 * A run set up to hang or to do harm: hostile config and rule files, a pipe, a report over a posting, control
 * characters in file names, a posting that takes too long. Each ends within 10 s with a one-line message.
 */
class HostileRunIT extends HostileRuns {

    private static final String RULE = """
            id: %s
            category: follower-count
            severity: warning
            message: Eigene Regel.
            explanation: Weil.
            suggestions: ["Etwas anderes."]
            match:
              owner: any
              patterns: ["[ %s ]"]
            examples:
              flag: ["Du kennst [aaaaaaaaaaaa] gut."]
              pass: ["Du kennst das gut."]
            """;

    @Test
    void aYamlAliasBombInTheConfigEndsAtOnceWithOneLine() throws Exception {
        Files.writeString(dir.resolve(".jobpost-lint.yml"), HostileFiles.aliasBomb(25) + "exclude: *a25\n");

        Launcher.Run run = runWithinBounds("check", ".");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().contains(".jobpost-lint.yml:").contains("aliases");
    }

    @Test
    void aYamlAliasBombInARuleFileEndsAtOnceWithOneLine() throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules/de"));
        Files.writeString(rules.resolve("bomb.yml"), HostileFiles.aliasBomb(25));

        Launcher.Run run = runWithinBounds("check", "--rules", "rules", "ordinary.md");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().contains("bomb.yml:").contains("aliases");
    }

    @Test
    void aCatastrophicRegexInARuleRunsInLinearTimeAndABackreferenceIsRefused() throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules/de"));
        Files.writeString(rules.resolve("slow-regex.yml"), RULE.formatted("slow-regex", "/(.*a){12}$/"));
        Files.writeString(dir.resolve("words.md"), ("Du kennst " + "a".repeat(40) + "b gut.\n\n").repeat(200));

        Launcher.Run slow = runWithinBounds("check", "--format", "json", "--rules", "rules", ".");

        JsonNode report = new ObjectMapper().readTree(slow.out());
        assertThat(file(report, "ordinary.md").get("findings")).hasSize(1);
        assertThat(file(report, "words.md").get("error").isNull()).isTrue();

        Files.writeString(rules.resolve("slow-regex.yml"), RULE.formatted("slow-regex", "/(follow)er\\\\1/"));
        Launcher.Run refused = runWithinBounds("check", "--rules", "rules", ".");

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.errLines()).singleElement().asString().contains("slow-regex.yml:9:")
                .contains("bad regular expression").contains("run in linear time");
    }

    @Test
    void aBadGlobInTheConfigNamesItsLine() throws Exception {
        Files.writeString(dir.resolve(".jobpost-lint.yml"), "fail-on: warning\ninclude:\n  - 'jobs/[a-'\n");

        Launcher.Run run = runWithinBounds("check", ".");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString()
                .endsWith(".jobpost-lint.yml:3: include: bad glob 'jobs/[a-' ('[' without ']')");
    }

    @Test
    void aPipeOnTheCommandLineIsRefusedAndTheOtherFilesAreChecked() throws Exception {
        Path fifo = dir.resolve("pipe.md");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo works here");

        Launcher.Run run = runWithinBounds("check", "--format", "json", "pipe.md", "ordinary.md");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().contains("pipe.md").contains("not a regular file");
        assertThat(file(new ObjectMapper().readTree(run.out()), "ordinary.md").get("findings")).hasSize(1);
    }

    @Test
    void aReportIsNeverWrittenOverAPosting() throws Exception {
        String before = Files.readString(dir.resolve("ordinary.md"));

        Launcher.Run run = runWithinBounds("check", "-o", "ordinary.md", ".");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().contains("ordinary.md is also a posting to check");
        assertThat(Files.readString(dir.resolve("ordinary.md"))).isEqualTo(before);
    }

    @Test
    void controlCharactersInFileNamesArePrintedAsEscapesAndTheXmlStaysWellFormed() throws Exception {
        Files.writeString(dir.resolve("a\u001B[31mb\u0007.md"), REQUIREMENT + "\n");

        for (String format : new String[] {"text", "github"}) {
            Launcher.Run run = runWithinBounds("check", "--format", format, ".");
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.out()).contains("a\\x1B[31mb\\x07.md").doesNotContain("\u001B").doesNotContain("\u0007");
        }
        Launcher.Run checkstyle = runWithinBounds("check", "--format", "checkstyle", ".");
        var xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(checkstyle.out().getBytes(StandardCharsets.UTF_8)));
        assertThat(xml.getElementsByTagName("error").getLength()).isEqualTo(2);
    }

    @Test
    void aPostingOverItsTimeLimitIsReportedAndTheOthersGoOn() throws Exception {
        String postings = RealPostings.markdown(1);
        Files.writeString(dir.resolve("export.md"), postings.repeat(10_000_000 / postings.length() + 1));

        Launcher.Run run = runWithinBounds("check", "--format", "json", "--max-time", "1s", ".");

        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(file(report, "export.md").get("error").asText()).isEqualTo("took longer than 1 s (see --max-time)");
        assertThat(file(report, "ordinary.md").get("findings")).hasSize(1);
    }
}
