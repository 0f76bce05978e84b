package dev.jobpostlint.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the GitHub Action's shell steps ({@code .github/action/*.sh}) as the runner would: in a temporary git
 * repository of postings on a pull-request branch, with the built jar and the {@code GITHUB_*} variables set.
 * Needs {@code target/jobpost-lint.jar}, so it runs after {@code package}.
 */
class ActionScriptIT {

    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Path JAR = PROJECT.resolve("target/jobpost-lint.jar");
    private static final String FOLLOWERS = "- Du hast mindestens 10.000 Follower auf deinem eigenen Instagram-Account.\n";

    @TempDir
    Path repo;
    @TempDir
    Path runner;

    private record Run(int exitCode, String out, String err) {
    }

    @BeforeEach
    void pullRequestOfPostings() throws Exception {
        assertThat(JAR).as("the jar is built in the package phase").exists();
        write("postings/old.md", "# Alt\n\n" + FOLLOWERS);
        write("postings/unchanged.md", "# Unverändert\n\n" + FOLLOWERS);
        write(".jobpost-lint.yml", "exclude: [drafts/]\n");
        git("init", "-q", "-b", "main");
        git("add", "-A");
        git("commit", "-q", "-m", "postings");
        git("checkout", "-q", "-b", "new-posting");
        write("postings/old.md", "# Alt, überarbeitet\n\nEinleitung.\n\n" + FOLLOWERS);
        write("postings/creator.html", "<html><body><h1>Creator (m/w/d)</h1>\n<ul>\n"
                + "<li>Du hast mind. 10.000 Follower auf TikTok.</li>\n</ul></body></html>\n");
        write("drafts/entwurf.md", "# Entwurf\n\n" + FOLLOWERS);
        git("add", "-A");
        git("commit", "-q", "-m", "new posting");
    }

    @Test
    void annotatesOnlyChangedFilesWritesSummaryAndOutputs() throws Exception {
        Path summary = runner.resolve("summary.md");
        Path output = runner.resolve("output");
        Files.writeString(summary, "# Earlier step\n");
        Run run = script("run.sh", Map.of("GITHUB_BASE_REF", "main", "GITHUB_EVENT_NAME", "pull_request",
                "GITHUB_STEP_SUMMARY", summary.toString(), "GITHUB_OUTPUT", output.toString(),
                "INPUT_PATHS", ".", "INPUT_FAIL_ON", "warning", "INPUT_CHANGED_ONLY", "true"));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        List<String> annotations = run.out().lines().filter(l -> l.startsWith("::")).toList();
        assertThat(annotations).hasSize(2);
        assertThat(annotations).anySatisfy(l -> assertThat(l)
                .startsWith("::warning file=postings/old.md,line=5,col=11,endLine=5,endColumn=37,title=follower-count::")
                .contains("%0ASuggestion: "));
        assertThat(annotations).anySatisfy(l -> assertThat(l)
                .startsWith("::warning file=postings/creator.html,line=3,col=13,").contains("(\"mind. 10.000 Follower\")"));
        assertThat(run.out()).doesNotContain("unchanged.md").doesNotContain("drafts/");

        String md = Files.readString(summary, StandardCharsets.UTF_8);
        assertThat(md).startsWith("# Earlier step\n## jobpost-lint")
                .contains("**2 findings** in 2 of 2 files")
                .contains("| `postings/old.md` | 5 | warning | `follower-count` |")
                .contains("| File | Errors | Warnings | Info | Total |");

        List<String> outputs = Files.readAllLines(output);
        assertThat(outputs).contains("findings=2", "exit-code=1");
        String sarif = outputs.stream().filter(l -> l.startsWith("sarif-file=")).findFirst().orElseThrow()
                .substring("sarif-file=".length());
        assertThat(Files.readString(Path.of(sarif))).contains("\"uri\": \"postings/old.md\"");
    }

    @Test
    void checksEverythingOutsidePullRequestsAndHonoursFailOnAndSarifFile() throws Exception {
        Path output = runner.resolve("output");
        Path sarif = repo.resolve("out/jobpost-lint.sarif");
        Files.createDirectories(sarif.getParent());
        Run run = script("run.sh", Map.of("GITHUB_OUTPUT", output.toString(), "INPUT_PATHS", "postings\ndrafts",
                "INPUT_FAIL_ON", "never", "INPUT_SARIF_FILE", sarif.toString()));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("file=postings/unchanged.md").doesNotContain("drafts/");
        assertThat(Files.readAllLines(output)).contains("findings=3", "sarif-file=" + sarif);
    }

    @Test
    void reportsOnlyFindingsMissingFromTheBaseline() throws Exception {
        Path output = runner.resolve("output");
        Path baseline = repo.resolve(".jobpost-lint-baseline.json");
        Files.writeString(baseline, "{\"findings\": []}");
        Run all = script("run.sh", Map.of("GITHUB_OUTPUT", output.toString(), "INPUT_BASELINE", baseline.toString()));
        assertThat(all.exitCode()).isEqualTo(1);
        assertThat(Files.readAllLines(output)).contains("findings=3");
        ProcessBuilder write = new ProcessBuilder("java", "-jar", JAR.toString(), "check", "--write-baseline",
                baseline.toString(), "postings").directory(repo.toFile()).redirectErrorStream(true)
                .redirectOutput(runner.resolve("write.log").toFile());
        assertThat(write.start().waitFor()).isZero();
        write("postings/old.md", "# Alt\n\nNeu: mind. 2.000 Follower auf TikTok.\n\n" + FOLLOWERS);
        Files.delete(output);
        Run run = script("run.sh", Map.of("GITHUB_OUTPUT", output.toString(), "INPUT_BASELINE", baseline.toString()));
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.out().lines().filter(l -> l.startsWith("::warning file=")).toList())
                .singleElement().asString().startsWith("::warning file=postings/old.md,line=3,");
        assertThat(Files.readAllLines(output)).contains("findings=1");
    }

    @Test
    void changedOnlyFalseChecksEveryFileOfAPullRequest() throws Exception {
        Path output = runner.resolve("output");
        Run run = script("run.sh", Map.of("GITHUB_BASE_REF", "main", "GITHUB_OUTPUT", output.toString(),
                "INPUT_CHANGED_ONLY", "false"));
        assertThat(run.out()).contains("file=postings/unchanged.md");
        assertThat(Files.readAllLines(output)).contains("findings=3");
    }

    @Test
    void fallsBackToAllFilesWhenTheBaseBranchIsMissing() throws Exception {
        Path output = runner.resolve("output");
        Run run = script("run.sh", Map.of("GITHUB_BASE_REF", "gone", "GITHUB_OUTPUT", output.toString(),
                "INPUT_FAIL_ON", "never"));
        assertThat(run.out()).contains("::warning title=jobpost-lint::base branch gone is not in the checkout");
        assertThat(Files.readAllLines(output)).contains("findings=3");
    }

    @Test
    void cacheKeyAndBuildStepsReuseTheJarAndCheckTheVersion() throws Exception {
        Path output = runner.resolve("output");
        Run key = script("cache-key.sh", Map.of("GITHUB_OUTPUT", output.toString(), "RUNNER_OS", "Linux",
                "INPUT_VERSION", "0.1.0"));
        assertThat(key.exitCode()).as(key.err()).isZero();
        assertThat(Files.readString(output)).matches("key=jobpost-lint-Linux-0\\.1\\.0-[0-9a-f]{16}\n");

        Run build = script("build.sh", Map.of("GITHUB_OUTPUT", output.toString()));
        assertThat(build.exitCode()).as(build.err()).isZero();
        assertThat(Files.readString(output)).contains("jar=" + JAR);

        Run wrong = script("build.sh", Map.of("GITHUB_OUTPUT", output.toString(), "INPUT_VERSION", "v9.9.9"));
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.out()).contains("::error title=jobpost-lint::version 9.9.9 was requested");
    }

    private Run script(String name, Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", PROJECT.resolve(".github/action/" + name).toString())
                .directory(repo.toFile());
        Map<String, String> e = pb.environment();
        e.keySet().removeIf(k -> k.startsWith("GITHUB_") || k.startsWith("INPUT_") || k.startsWith("RUNNER_"));
        e.put("JOBPOST_LINT_JAR", JAR.toString());
        e.put("RUNNER_TEMP", runner.toString());
        e.putAll(env);
        Path out = runner.resolve("stdout");
        Path err = runner.resolve("stderr");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private void write(String name, String content) throws IOException {
        Path p = repo.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
    }

    private void git(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("git", "-C", repo.toString(), "-c", "user.name=t",
                "-c", "user.email=t@t", "-c", "commit.gpgsign=false"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("git %s: %s", String.join(" ", args), out).isZero();
    }
}
