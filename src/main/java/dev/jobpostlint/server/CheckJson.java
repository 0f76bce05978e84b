package dev.jobpostlint.server;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jobpostlint.LintResult;
import dev.jobpostlint.extract.Block;
import dev.jobpostlint.extract.ExtractedText;
import dev.jobpostlint.nlp.Language;
import dev.jobpostlint.nlp.Span;
import dev.jobpostlint.report.JsonReporter;
import dev.jobpostlint.report.OneLine;
import dev.jobpostlint.report.ReportOptions;
import dev.jobpostlint.rules.Finding;
import dev.jobpostlint.rules.Rule;
import dev.jobpostlint.rules.RuleCatalog;

/**
 * The API's answers. {@code /api/check} gives exactly the document of {@code check --format json} for one
 * posting, plus what the page needs to draw the posting: the extracted {@code text} and its {@code blocks} on
 * the file, and {@code start}, {@code end} (UTF-16 offsets into that text) and {@code explanation} on each
 * finding.
 */
final class CheckJson {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private final RuleCatalog catalog;
    private final ReportOptions reportOptions;

    CheckJson(RuleCatalog catalog, String toolVersion) {
        this.catalog = catalog;
        this.reportOptions = new ReportOptions(toolVersion, false, false);
    }

    ObjectNode check(LintResult result) {
        ObjectNode root = (ObjectNode) sameAsCheckCommand(result);
        ObjectNode file = (ObjectNode) root.get("files").get(0);
        ExtractedText text = result.text();
        if (text != null) {
            file.put("text", text.text());
            ArrayNode blocks = file.putArray("blocks");
            for (Block b : text.blocks()) {
                blocks.addObject().put("start", b.start()).put("end", b.end())
                        .put("kind", b.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            }
        }
        ArrayNode findings = (ArrayNode) file.get("findings");
        for (int i = 0; i < findings.size(); i++) {
            Finding f = result.findings().get(i).finding();
            ObjectNode n = (ObjectNode) findings.get(i);
            Span span = f.span();
            n.put("start", span == null ? null : span.start());
            n.put("end", span == null ? null : span.end());
            n.put("explanation", explanation(f.ruleId(), result.language()));
        }
        return root;
    }

    /** The reporter's own output, read back, so the two can never drift apart. */
    private JsonNode sameAsCheckCommand(LintResult result) {
        StringWriter s = new StringWriter();
        new JsonReporter(reportOptions).write(List.of(result), new PrintWriter(s));
        try {
            return MAPPER.readTree(s.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ObjectNode rules() {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode array = root.putArray("rules");
        for (Rule r : catalog.rules()) {
            ObjectNode n = array.addObject();
            n.put("id", r.id()).put("language", r.language().code()).put("category", r.category())
                    .put("severity", r.severity().id()).put("message", r.message().strip())
                    .put("explanation", OneLine.of(r.explanation()));
            r.suggestions().forEach(n.putArray("suggestions")::add);
        }
        return root;
    }

    static ObjectNode error(ApiError e) {
        return MAPPER.createObjectNode().put("status", e.status()).put("error", e.code()).put("message", e.getMessage());
    }

    private String explanation(String ruleId, String languageCode) {
        Language language = languageCode == null ? null : Language.fromCode(languageCode).orElse(null);
        return catalog.byId(ruleId, language).map(r -> OneLine.of(r.explanation())).orElse(null);
    }
}
