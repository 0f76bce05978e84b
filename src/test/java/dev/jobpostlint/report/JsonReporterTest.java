package dev.jobpostlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class JsonReporterTest {

    private static String render() {
        StringWriter s = new StringWriter();
        new JsonReporter(new ReportOptions("0.1.0", true, true)).write(Fixtures.results(), new PrintWriter(s));
        return s.toString().replace(System.lineSeparator(), "\n");
    }

    @Test
    void writesTheDocumentedShape() throws Exception {
        Golden.assertMatches("report.json", render());
    }

    @Test
    void keepsKeysInDocumentedOrderAndUmlautsUnescaped() throws Exception {
        String json = render();
        JsonNode root = new ObjectMapper().readTree(json);
        assertThat(names(root)).containsExactly("tool", "files", "summary");
        assertThat(names(root.get("files").get(0)))
                .containsExactly("path", "format", "language", "findings", "error", "notice");
        assertThat(names(root.get("files").get(0).get("findings").get(0))).startsWith(
                "ruleId", "category", "severity", "message", "line", "column", "endLine", "endColumn",
                "page", "paragraph", "excerpt", "sentence", "suggestions");
        assertThat(json).contains("Instagram-Kanälen").doesNotContain("\\u00e4").doesNotContain("\u001b[");
    }

    @Test
    void reportsUnreadableFileWithErrorAndNoFindings() throws Exception {
        JsonNode root = new ObjectMapper().readTree(render());
        JsonNode missing = root.get("files").get(3);
        assertThat(missing.get("path").asText()).isEqualTo("missing.md");
        assertThat(missing.get("error").asText()).isEqualTo("no such file or directory");
        assertThat(missing.get("findings")).isEmpty();
        assertThat(root.get("summary").get("errors").asInt()).isEqualTo(1);
        assertThat(root.get("summary").get("findings").asInt()).isEqualTo(3);
        assertThat(root.get("files").get(1).get("findings").get(0).get("page").asInt()).isEqualTo(2);
        assertThat(root.get("files").get(1).get("findings").get(0).get("line").isNull()).isTrue();
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
