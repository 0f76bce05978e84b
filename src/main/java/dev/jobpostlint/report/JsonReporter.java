package dev.jobpostlint.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jobpostlint.LintResult;
import dev.jobpostlint.LocatedFinding;
import dev.jobpostlint.extract.SourceLocation;
import dev.jobpostlint.rules.Finding;

/** The whole run as one pretty-printed JSON document; the shape is documented in the README. */
public final class JsonReporter implements Reporter {

    public static final String TOOL_NAME = "jobpost-lint";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);

    private final ReportOptions options;

    public JsonReporter(ReportOptions options) {
        this.options = options;
    }

    @Override
    public void write(List<LintResult> results, PrintWriter out) {
        try {
            MAPPER.writer(prettyPrinter()).writeValue(out, toJson(results));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
        out.flush();
    }

    /** Two-space indents, one value per line, "\n" on every platform so the output is the same everywhere. */
    static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        printer.indentArraysWith(indenter);
        printer.indentObjectsWith(indenter);
        return printer;
    }

    ObjectNode toJson(List<LintResult> results) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode tool = root.putObject("tool");
        tool.put("name", TOOL_NAME);
        tool.put("version", options.toolVersion());
        ArrayNode files = root.putArray("files");
        for (LintResult r : results) {
            files.add(file(r));
        }
        Summary s = Summary.of(results);
        ObjectNode summary = root.putObject("summary");
        summary.put("files", s.files());
        summary.put("findings", s.findings());
        summary.put("errors", s.unreadable());
        ObjectNode severities = summary.putObject("severities");
        severities.put("error", s.errors());
        severities.put("warning", s.warnings());
        severities.put("info", s.infos());
        return root;
    }

    private static ObjectNode file(LintResult r) {
        ObjectNode file = MAPPER.createObjectNode();
        file.put("path", r.path());
        file.put("format", r.format() == null ? null : r.format().id());
        file.put("language", r.language());
        ArrayNode findings = file.putArray("findings");
        for (LocatedFinding f : r.findings()) {
            findings.add(finding(f));
        }
        file.put("error", r.error());
        file.put("notice", r.notice());
        return file;
    }

    private static ObjectNode finding(LocatedFinding located) {
        Finding f = located.finding();
        SourceLocation loc = located.location() == null ? SourceLocation.UNKNOWN : located.location();
        ObjectNode n = MAPPER.createObjectNode();
        n.put("ruleId", f.ruleId());
        n.put("category", f.category());
        n.put("severity", f.severity().id());
        n.put("message", f.message());
        n.put("line", loc.line());
        n.put("column", loc.column());
        n.put("endLine", loc.endLine());
        n.put("endColumn", loc.endColumn());
        n.put("page", loc.page());
        n.put("paragraph", loc.paragraph());
        n.put("excerpt", f.excerpt());
        n.put("sentence", f.sentence());
        ArrayNode suggestions = n.putArray("suggestions");
        f.suggestions().forEach(suggestions::add);
        n.put("source", f.source().id());
        if (f.model() == null) {
            n.putNull("model");
        } else {
            n.putObject("model").put("category", f.model().category())
                    .put("probability", Probabilities.rounded(f.model().probability()))
                    .put("none", Probabilities.rounded(f.model().none()));
        }
        return n;
    }
}
