package dev.jobpostlint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.jobpostlint.nlp.Language;
import dev.jobpostlint.rules.Severity;

class ProjectConfigTest {

    @TempDir
    Path dir;

    private ProjectConfig load(String yaml) throws Exception {
        return ProjectConfig.load(Files.writeString(dir.resolve(".jobpost-lint.yml"), yaml));
    }

    @Test
    void readsEveryKey() throws Exception {
        Files.createDirectories(dir.resolve("our-rules"));
        ProjectConfig c = load("""
                include: ["postings/**"]
                exclude:
                  - drafts/
                fail-on: error
                language: de
                rules: [our-rules]
                severity:
                  follower-count: error
                disable: [on-camera-persona]
                """);
        assertThat(c.include()).extracting(PathGlob::glob).containsExactly("postings/**");
        assertThat(c.exclude()).extracting(PathGlob::glob).containsExactly("drafts/");
        assertThat(c.failOn()).isEqualTo(FailOn.ERROR);
        assertThat(c.language()).isEqualTo(Language.fromCode("de").orElseThrow());
        assertThat(c.ruleDirs()).containsExactly(dir.resolve("our-rules").toAbsolutePath());
        assertThat(c.severities()).containsEntry("follower-count", Severity.ERROR);
        assertThat(c.disabled()).containsExactly("on-camera-persona");
        assertThat(c.ruleIdLines()).containsEntry("follower-count", 8).containsEntry("on-camera-persona", 9);
    }

    @Test
    void anUnknownKeyIsAnErrorWithFileAndLine() {
        assertThatThrownBy(() -> load("fail-on: error\nfailon: warning\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(dir.resolve(".jobpost-lint.yml") + ":2: unknown key 'failon'");
    }

    @Test
    void aBadValueIsAnErrorWithItsLine() {
        assertThatThrownBy(() -> load("\n\nseverity:\n  follower-count: loud\n"))
                .hasMessageContaining(":4: unknown severity 'loud'");
        assertThatThrownBy(() -> load("fail-on: sometimes\n")).hasMessageContaining(":1: unknown fail-on");
        assertThatThrownBy(() -> load("include: {a: b}\n")).hasMessageContaining(":1: include must be a list");
        assertThatThrownBy(() -> load("rules: [nowhere]\n")).hasMessageContaining(":1: rules: no such directory");
        assertThatThrownBy(() -> load("a: [\n")).hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> load("include:\n  - '*.md'\n  - 'jobs/[a-'\n"))
                .hasMessageEndingWith(":3: include: bad glob 'jobs/[a-' ('[' without ']')");
        assertThatThrownBy(() -> load("exclude: ['{a,{b}}']\n")).hasMessageContaining(":1: exclude: bad glob");
    }

    @Test
    void aMistakeIsReportedOnOneLineWhateverTheFileHolds() {
        assertThatThrownBy(() -> load("language: \"d\\ne\"\n"))
                .hasMessageEndingWith(":1: unknown language 'd\\ne' (known: de, en)");
        // the YAML parser names the character it stopped at, here a line break
        assertThatThrownBy(() -> load("\n*\n")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("not valid YAML")
                .hasMessageNotContaining("\n");
    }

    @Test
    void isFoundInTheWorkingDirectoryOrAParent() throws Exception {
        Path file = Files.writeString(dir.resolve(".jobpost-lint.yml"), "fail-on: never\n");
        Path deep = Files.createDirectories(dir.resolve("a/b"));
        assertThat(ProjectConfig.find(deep)).isEqualTo(file.toAbsolutePath());
    }

    @Test
    void selectsByIncludeAndExcludeGlobsRelativeToTheConfigFile() throws Exception {
        ProjectConfig c = load("include: ['*.md', 'careers/**/*.html']\nexclude: [drafts, '**/old-*']\n");
        assertThat(c.selects(dir.resolve("jobs/a.md"))).isTrue();
        assertThat(c.selects(dir.resolve("a.md"))).isTrue();
        assertThat(c.selects(dir.resolve("careers/de/b.html"))).isTrue();
        assertThat(c.selects(dir.resolve("other/b.html"))).isFalse();
        assertThat(c.selects(dir.resolve("drafts/a.md"))).isFalse();
        assertThat(c.selects(dir.resolve("jobs/old-a.md"))).isFalse();
    }

    @Test
    void globsHaveTheSyntaxOfPathMatchers() throws Exception {
        ProjectConfig c = load("include: ['jobs/{de,en}/[!_]*.md', 'x\\[1\\].txt', 'a?.html']\n");
        assertThat(c.selects(dir.resolve("jobs/de/smm.md"))).isTrue();
        assertThat(c.selects(dir.resolve("jobs/en/smm.md"))).isTrue();
        assertThat(c.selects(dir.resolve("jobs/fr/smm.md"))).isFalse();
        assertThat(c.selects(dir.resolve("jobs/de/_draft.md"))).isFalse();
        assertThat(c.selects(dir.resolve("x[1].txt"))).isTrue();
        assertThat(c.selects(dir.resolve("deep/ab.html"))).isTrue();
        assertThat(c.selects(dir.resolve("abc.html"))).isFalse();
    }

    @Test
    void aGlobCannotMakeMatchingSlow() throws Exception {
        ProjectConfig c = load("include: ['" + "*a".repeat(400) + "b']\n");
        assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThat(c.selects(dir.resolve("a".repeat(250) + ".md"))).isFalse());
    }
}
