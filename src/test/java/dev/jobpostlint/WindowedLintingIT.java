package dev.jobpostlint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.jobpostlint.testing.RealPostings;

/**
 * A large Markdown or plain-text posting checked in windows gets the findings, at the lines and columns, that
 * checking it whole gives: the real example and dev-corpus postings, one after another, read in small windows.
 */
class WindowedLintingIT {

    private static final int SMALL_WINDOW = 3000;

    private static Linter whole;
    private static Linter windowed;

    @TempDir
    Path dir;

    @BeforeAll
    static void createLinters() throws Exception {
        whole = Linter.create(LinterOptions.defaults(), Integer.MAX_VALUE);
        windowed = Linter.create(LinterOptions.defaults(), SMALL_WINDOW);
    }

    @Test
    void markdownPostingsGiveTheSameFindingsInWindows() throws Exception {
        String postings = RealPostings.markdown(3);
        assertSameFindings(Files.writeString(dir.resolve("postings.md"), postings));
    }

    @Test
    void textPostingsGiveTheSameFindingsInWindows() throws Exception {
        String postings = RealPostings.plainText(RealPostings.markdown(3));
        assertSameFindings(Files.writeString(dir.resolve("postings.txt"), postings));
    }

    @Test
    void suppressionsReachAcrossWindows() throws Exception {
        String filler = RealPostings.markdown(1);
        String postings = "<!-- jobpost-lint-disable follower-count -->\n\n" + filler
                + "<!-- jobpost-lint-enable follower-count -->\n\n" + filler
                + "<!-- jobpost-lint-disable-next-line -->\n\n\n\n- Du hast mindestens 10.000 Follower auf deinem Account.\n\n"
                + filler;
        LintResult result = assertSameFindings(Files.writeString(dir.resolve("suppressed.md"), postings));

        int firstEnable = postings.substring(0, postings.indexOf("jobpost-lint-enable")).split("\n", -1).length;
        assertThat(result.findings()).filteredOn(f -> f.finding().ruleId().equals("follower-count"))
                .allSatisfy(f -> assertThat(f.location().line()).isGreaterThan(firstEnable));
        assertThat(result.findings()).noneMatch(f -> f.finding().excerpt().contains("10.000 Follower auf deinem Account"));
    }

    private static LintResult assertSameFindings(Path file) {
        assertThat(file.toFile().length()).as("size of %s", file).isGreaterThan(10L * SMALL_WINDOW);
        LintResult expected = whole.lint(file, file.toString());
        LintResult actual = windowed.lint(file, file.toString());

        assertThat(expected.error()).isNull();
        assertThat(expected.findings()).hasSizeGreaterThan(10);
        assertThat(expected.text()).as("the text of a posting read whole").isNotNull();
        assertThat(actual.text()).as("the text of a posting read in windows").isNull();
        assertThat(actual).usingRecursiveComparison().ignoringFields("text").isEqualTo(expected);
        return actual;
    }
}
