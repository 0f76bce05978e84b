package dev.jobpostlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;

/** {@code check} as CI runs it, over real Markdown and HTML files: suppressions, config, baseline, changed files. */
class CiCheckIT {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String FOLLOWERS = "- Du hast mindestens 10.000 Follower auf deinem eigenen Instagram-Account.\n";

    @TempDir
    Path dir;

    private Path write(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, content);
    }

    private static List<Integer> lines(Cli.Run run) throws Exception {
        List<Integer> lines = new ArrayList<>();
        for (JsonNode file : MAPPER.readTree(run.out()).get("files")) {
            for (JsonNode f : file.get("findings")) {
                lines.add(f.get("line").asInt());
            }
        }
        return lines;
    }

    @Test
    void markdownSuppressionCommentsDropFindingsOnTheirLines() throws Exception {
        Path md = write("stelle.md", "# Social Media Manager (m/w/d)\n\n## Dein Profil\n\n" + FOLLOWERS
                + "<!-- jobpost-lint-disable-next-line follower-count -->\n" + FOLLOWERS
                + "<!-- jobpost-lint-disable-next-line other-rule -->\n" + FOLLOWERS
                + "<!-- jobpost-lint-disable -->\n" + FOLLOWERS + FOLLOWERS
                + "<!-- jobpost-lint-enable -->\n" + FOLLOWERS);
        Cli.Run run = Cli.run("check", "--format", "json", "--lang", "de", md.toString());
        assertThat(lines(run)).containsExactly(5, 9, 14);
    }

    @Test
    void htmlSuppressionCommentsDropFindingsOnTheirLines() throws Exception {
        Path html = write("job.html", """
                <html><body><h1>Creator (m/w/d)</h1>
                <ul>
                <li>Du hast mindestens 10.000 Follower auf Instagram.</li>
                <!-- jobpost-lint-disable-next-line -->
                <li>Du hast mindestens 20.000 Follower auf TikTok.</li>
                <!-- jobpost-lint-disable follower-count -->
                <li>Du hast mindestens 30.000 Follower auf YouTube.</li>
                <!-- jobpost-lint-enable follower-count -->
                <li>Du hast mindestens 40.000 Follower auf Instagram.</li>
                </ul></body></html>
                """);
        Cli.Run run = Cli.run("check", "--format", "json", "--lang", "de", html.toString());
        assertThat(lines(run)).containsExactly(3, 9);
    }

    @Test
    void configOverridesSeverityDisablesRulesAndSetsFailOn() throws Exception {
        Path md = write("stelle.md", "# Job\n\n" + FOLLOWERS);
        Path config = write("ci.yml", "severity:\n  follower-count: info\nfail-on: info\n");
        Cli.Run run = Cli.run("check", "--format", "json", "--config", config.toString(), md.toString());
        JsonNode f = MAPPER.readTree(run.out()).get("files").get(0).get("findings").get(0);
        assertThat(f.get("severity").asText()).isEqualTo("info");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);

        // The sentence also asks for an own account (personal-reach): a disabled rule never hides another.
        Path disabling = write("off.yml", "disable: [follower-count, personal-reach]\n");
        Cli.Run off = Cli.run("check", "--format", "json", "--config", disabling.toString(), md.toString());
        assertThat(lines(off)).isEmpty();
        assertThat(off.exitCode()).isZero();
    }

    @Test
    void anUnknownRuleInTheConfigIsAnErrorNamingFileAndLine() throws Exception {
        Path md = write("stelle.md", "# Job\n\n" + FOLLOWERS);
        Path config = write("ci.yml", "fail-on: warning\ndisable:\n  - follower-count\n  - no-such-rule\n");
        Cli.Run run = Cli.run("check", "--config", config.toString(), md.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.CONFIG_ERROR);
        assertThat(run.err()).contains(config + ":4: unknown rule 'no-such-rule'");
    }

    @Test
    void aBaselineHidesKnownFindingsEvenWhenTheyMove() throws Exception {
        Path md = write("postings/stelle.md", "# Job\n\n" + FOLLOWERS);
        Path baseline = dir.resolve("baseline.json");
        Cli.Run record = Cli.run("check", "--write-baseline", baseline.toString(), md.toString());
        assertThat(record.exitCode()).isZero();
        assertThat(record.err()).contains("recorded 1 finding(s)");
        JsonNode entry = MAPPER.readTree(baseline.toFile()).get("findings").get(0);
        assertThat(entry.get("path").asText()).isEqualTo("postings/stelle.md");
        assertThat(entry.get("fingerprint").asText()).hasSize(32);

        assertThat(Cli.run("check", "--baseline", baseline.toString(), md.toString()).exitCode()).isZero();

        write("postings/stelle.md", "# Job\n\nIntro.\n\n- Du hast mind. 50.000 Follower auf TikTok.\n" + FOLLOWERS);
        Cli.Run after = Cli.run("check", "--format", "json", "--baseline", baseline.toString(), md.toString());
        assertThat(lines(after)).containsExactly(5);
        assertThat(after.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    }

    @Test
    void changedSinceChecksOnlyAddedModifiedAndRenamedFiles() throws Exception {
        write("a.md", "# A\n\n" + FOLLOWERS);
        write("b.md", "# B\n\n" + FOLLOWERS);
        write("c.md", "# C\n\n" + FOLLOWERS);
        git("init", "-q", "-b", "main");
        git("add", "-A");
        git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "postings");
        git("checkout", "-q", "-b", "feature");
        write("a.md", "# A, changed\n\n" + FOLLOWERS);
        git("mv", "c.md", "renamed.md");
        write("new.md", "# New\n\n" + FOLLOWERS);
        git("add", "-A");
        git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "change");
        write("untracked.md", "# U\n\n" + FOLLOWERS);

        Cli.Run run = Cli.run("check", "--format", "json", "--changed-since", "main", dir.toString());
        List<String> paths = new ArrayList<>();
        MAPPER.readTree(run.out()).get("files").forEach(f -> paths.add(Path.of(f.get("path").asText())
                .getFileName().toString()));
        assertThat(paths).containsExactlyInAnyOrder("a.md", "new.md", "renamed.md", "untracked.md");

        Cli.Run bad = Cli.run("check", "--changed-since", "no-such-branch", dir.toString());
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(bad.err()).contains("--changed-since no-such-branch");
    }

    @Test
    void writesAValidSarifFileBesideTheMainReport() throws Exception {
        Path md = write("stelle.md", "# Job\n\n" + FOLLOWERS);
        Path sarif = dir.resolve("out.sarif");
        Cli.Run run = Cli.run("check", "--format", "github", "--sarif-file", sarif.toString(), md.toString());
        assertThat(run.out()).startsWith("::warning file=").contains(",line=3,col=");
        try (InputStream schema = getClass().getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(schema)
                    .validate(MAPPER.readTree(sarif.toFile()))).isEmpty();
        }
        JsonNode driver = MAPPER.readTree(sarif.toFile()).get("runs").get(0).get("tool").get("driver");
        assertThat(driver.get("rules").findValuesAsText("id")).contains("follower-count");
    }

    @Test
    void rdjsonlOffersSuggestionsAsReplacementsOfAWholeSentence() throws Exception {
        Path md = write("stelle.md", "# Job\n\n" + FOLLOWERS);
        Cli.Run run = Cli.run("check", "--format", "rdjsonl", md.toString());
        JsonNode d = MAPPER.readTree(run.out().lines().findFirst().orElseThrow());
        JsonNode range = d.get("suggestions").get(0).get("range");
        assertThat(range.get("start").get("column").asInt()).isEqualTo(3);
        assertThat(range.get("end").get("column").asInt()).isEqualTo(FOLLOWERS.strip().length() + 1);
        assertThat(d.get("location").get("range").get("start").get("line").asInt()).isEqualTo(3);
    }

    private void git(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("git", "-C", dir.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("git %s: %s", String.join(" ", args), out).isZero();
    }
}
