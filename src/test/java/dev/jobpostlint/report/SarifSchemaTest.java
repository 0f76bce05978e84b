package dev.jobpostlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import dev.jobpostlint.LintResult;
import dev.jobpostlint.LocatedFinding;
import dev.jobpostlint.extract.SourceFormat;
import dev.jobpostlint.extract.SourceLocation;
import dev.jobpostlint.nlp.Span;
import dev.jobpostlint.rules.Finding;
import dev.jobpostlint.rules.Severity;

/** The SARIF log against the official SARIF 2.1.0 schema, and what GitHub code scanning needs beyond it. */
class SarifSchemaTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static Set<ValidationMessage> validate(String sarif) throws Exception {
        try (InputStream schema = SarifSchemaTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            JsonSchema s = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(schema);
            return s.validate(MAPPER.readTree(sarif));
        }
    }

    private static String sarif(List<LintResult> results) {
        StringWriter s = new StringWriter();
        new SarifReporter(new ReportOptions("0.1.0", false, false)).write(results, new PrintWriter(s));
        return s.toString();
    }

    @Test
    void validatesAgainstTheOfficialSchema() throws Exception {
        assertThat(validate(sarif(Fixtures.results()))).isEmpty();
    }

    @Test
    void theSchemaRejectsALogWithoutRuns() throws Exception {
        assertThat(validate("{\"version\": \"2.1.0\"}")).isNotEmpty();
        assertThat(validate("{\"version\": \"2.1.0\", \"runs\": [{\"tool\": {\"driver\": {}}}]}")).isNotEmpty();
    }

    @Test
    void hasWhatCodeScanningNeeds() throws Exception {
        JsonNode run = MAPPER.readTree(sarif(Fixtures.results())).get("runs").get(0);
        JsonNode driver = run.get("tool").get("driver");
        assertThat(driver.get("name").asText()).isEqualTo("jobpost-lint");
        assertThat(driver.get("version").asText()).isEqualTo("0.1.0");
        assertThat(driver.get("informationUri").asText()).startsWith("https://");
        for (JsonNode rule : driver.get("rules")) {
            assertThat(rule.get("id").asText()).isNotBlank();
            assertThat(rule.get("shortDescription").get("text").asText()).isNotBlank();
            assertThat(rule.get("fullDescription").get("text").asText()).isNotBlank();
            assertThat(rule.get("help").get("text").asText()).isNotBlank();
            assertThat(rule.get("help").get("markdown").asText()).isNotBlank();
            assertThat(rule.get("defaultConfiguration").get("level").asText()).isIn("error", "warning", "note");
        }
        assertThat(run.get("results")).hasSize(3);
        for (JsonNode result : run.get("results")) {
            assertThat(result.get("ruleId").asText()).isNotBlank();
            assertThat(result.get("level").asText()).isIn("error", "warning", "note");
            assertThat(result.get("message").get("text").asText()).isNotBlank();
            JsonNode physical = result.get("locations").get(0).get("physicalLocation");
            assertThat(physical.get("artifactLocation").get("uri").asText()).doesNotStartWith("/");
            assertThat(physical.get("region").get("startLine").asInt()).isPositive();
            assertThat(result.get("partialFingerprints").get(Fingerprints.SARIF_KEY).asText()).hasSize(32);
        }
        JsonNode help = driver.get("rules").get(0).get("help");
        assertThat(help.get("markdown").asText()).contains("Ask instead for");
    }

    @Test
    void fingerprintsSurviveAnEditAboveTheFinding() throws Exception {
        List<LintResult> before = List.of(posting(5));
        List<LintResult> after = List.of(posting(12));
        assertThat(fingerprints(sarif(after))).isEqualTo(fingerprints(sarif(before)));
    }

    private static LintResult posting(int line) {
        String sentence = "Du hast mindestens 10.000 Follower.";
        Finding f = new Finding("follower-count", "follower-count", Severity.WARNING, "Followers.", new Span(8, 34),
                "mindestens 10.000 Follower", new Span(0, sentence.length()), sentence, List.of("Erfahrung."));
        return new LintResult("jobs/a.md", SourceFormat.MARKDOWN, "de",
                List.of(new LocatedFinding(f, SourceLocation.lines(line, 9, line, 35)),
                        new LocatedFinding(f, SourceLocation.lines(line + 2, 9, line + 2, 35))), null, null);
    }

    private static List<String> fingerprints(String sarif) throws Exception {
        List<String> out = new ArrayList<>();
        for (JsonNode r : MAPPER.readTree(sarif).get("runs").get(0).get("results")) {
            out.add(r.get("partialFingerprints").get(Fingerprints.SARIF_KEY).asText());
        }
        assertThat(out).doesNotHaveDuplicates();
        return out;
    }
}
