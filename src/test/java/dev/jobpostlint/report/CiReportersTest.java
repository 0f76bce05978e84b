package dev.jobpostlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each CI format against its golden file, from the same hand-built results as the text and JSON reports. */
class CiReportersTest {

    @ParameterizedTest(name = "{0} matches golden/{1}")
    @CsvSource({"GITHUB, report.github.txt", "SARIF, report.sarif", "CHECKSTYLE, report.checkstyle.xml",
            "RDJSONL, report.rdjsonl"})
    void matchesGoldenFile(OutputFormat format, String golden) throws Exception {
        StringWriter s = new StringWriter();
        format.create(new ReportOptions("0.1.0", false, false)).write(Fixtures.results(), new PrintWriter(s));
        Golden.assertMatches(golden, s.toString());
    }

    @ParameterizedTest(name = "{0} writes nothing but its frame for no results")
    @CsvSource({"GITHUB", "RDJSONL"})
    void writesNoLineWithoutResults(OutputFormat format) {
        StringWriter s = new StringWriter();
        format.create(new ReportOptions("0.1.0", false, false)).write(java.util.List.of(), new PrintWriter(s));
        assertThat(s.toString()).isEmpty();
    }
}
