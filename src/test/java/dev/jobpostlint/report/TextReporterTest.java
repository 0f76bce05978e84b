package dev.jobpostlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.jobpostlint.LintResult;

class TextReporterTest {

    private static String render(List<LintResult> results, boolean color, boolean quiet) {
        StringWriter s = new StringWriter();
        new TextReporter(new ReportOptions("0.1.0", color, quiet)).write(results, new PrintWriter(s));
        return s.toString().replace(System.lineSeparator(), "\n");
    }

    @Test
    void writesCompilerStyleBlocksWithUnderlinedExcerptAndSummary() throws Exception {
        Golden.assertMatches("report.txt", render(Fixtures.results(), false, false));
    }

    @Test
    void usesNoAnsiEscapesWithoutColour() {
        assertThat(render(Fixtures.results(), false, false)).doesNotContain("\u001b[");
    }

    @Test
    void coloursSeverityAndExcerptForATerminal() {
        String out = render(Fixtures.results(), true, false);
        assertThat(out).contains("\u001b[1;33mwarning\u001b[0m").contains("\u001b[1;33mmindestens 10.000 Follower");
    }

    @Test
    void quietLeavesOutNotesAndSummary() {
        String out = render(Fixtures.results(), false, true);
        assertThat(out).doesNotContain("note:").doesNotContain("checked:").contains("missing.md: error:");
    }

    @Test
    void summarySaysHowManyFilesCouldNotBeRead() {
        assertThat(render(Fixtures.results(), false, false))
                .endsWith("5 files checked: 1 warning, 1 error, 1 info; 1 file could not be read\n");
        assertThat(render(List.of(), false, false)).isEqualTo("0 files checked: 0 warnings, 0 errors, 0 infos\n");
    }
}
