package dev.jobpostlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import dev.jobpostlint.LintResult;
import dev.jobpostlint.extract.SourceFormat;

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
        format.create(new ReportOptions("0.1.0", false, false)).write(List.of(), new PrintWriter(s));
        assertThat(s.toString()).isEmpty();
    }

    @ParameterizedTest(name = "{0} prints no control character of a file name")
    @EnumSource(value = OutputFormat.class, names = {"TEXT", "GITHUB", "CHECKSTYLE"})
    void printsControlCharactersOfFileNamesAsEscapes(OutputFormat format) {
        String out = write(format, nastyNames());
        assertThat(out.chars().filter(c -> c < 0x20 && c != '\n' || c == 0x7F || c == 0x202E)).isEmpty();
        assertThat(out).contains("a\\x1B[31mb\\x07.md");
    }

    @Test
    void checkstyleReportIsWellFormedWhateverTheFileNames() throws Exception {
        String xml = write(OutputFormat.CHECKSTYLE, nastyNames());
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getElementsByTagName("file").getLength()).isEqualTo(2);
    }

    private static List<LintResult> nastyNames() {
        return List.of(LintResult.failed("a\u001B[31mb\u0007.md", SourceFormat.MARKDOWN, "cannot read\u0001 it"),
                new LintResult("evil\u202Etxt.md", SourceFormat.MARKDOWN, "en", List.of(), null, "a\u0000notice"));
    }

    private static String write(OutputFormat format, List<LintResult> results) {
        StringWriter s = new StringWriter();
        format.create(new ReportOptions("0.1.0", false, false)).write(results, new PrintWriter(s));
        return s.toString();
    }
}
