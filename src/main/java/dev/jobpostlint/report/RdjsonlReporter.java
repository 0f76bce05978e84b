package dev.jobpostlint.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jobpostlint.LintResult;
import dev.jobpostlint.LocatedFinding;
import dev.jobpostlint.extract.SourceLocation;
import dev.jobpostlint.rules.Finding;

/**
 * reviewdog's Diagnostic Format as JSON lines ({@code reviewdog -f=rdjsonl}), one diagnostic per line. Columns
 * count UTF-8 bytes, as reviewdog does. Where the flagged sentence stands verbatim on one source line, each
 * suggestion is offered as replacement text for that sentence, so reviewdog can post it as a suggested change.
 */
public final class RdjsonlReporter implements Reporter {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public RdjsonlReporter(ReportOptions options) {
        // one line per finding: nothing to configure
    }

    @Override
    public void write(List<LintResult> results, PrintWriter out) {
        try {
            for (LintResult r : results) {
                String path = ReportPaths.relative(r.path());
                if (r.isError()) {
                    ObjectNode d = MAPPER.createObjectNode();
                    d.put("message", "cannot check this file: " + r.error());
                    d.putObject("location").put("path", path);
                    d.put("severity", "ERROR");
                    source(d);
                    out.println(MAPPER.writeValueAsString(d));
                }
                if (r.notice() != null) {
                    ObjectNode d = MAPPER.createObjectNode();
                    d.put("message", r.notice());
                    d.putObject("location").put("path", path);
                    d.put("severity", "INFO");
                    source(d);
                    out.println(MAPPER.writeValueAsString(d));
                }
                for (LocatedFinding f : r.findings()) {
                    out.println(MAPPER.writeValueAsString(diagnostic(path, f)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
    }

    private static ObjectNode diagnostic(String path, LocatedFinding located) {
        Finding f = located.finding();
        SourceLocation loc = Locations.of(located);
        ObjectNode d = MAPPER.createObjectNode();
        d.put("message", Locations.unitPrefix(loc) + f.message().strip() + " (\"" + f.excerpt() + "\")"
                + (f.suggestions().isEmpty() ? "" : "\nSuggestion: " + String.join("\nSuggestion: ", f.suggestions())));
        ObjectNode location = d.putObject("location");
        location.put("path", path);
        SourceLocation bytes = located.byteLocation();
        if (bytes != null) {
            range(location.putObject("range"), bytes);
        } else {
            location.putObject("range").putObject("start").put("line", Locations.line(loc));
        }
        d.put("severity", f.severity().id().toUpperCase(Locale.ROOT));
        source(d);
        d.putObject("code").put("value", f.ruleId());
        SourceLocation sentence = located.replaceableSentence();
        if (sentence != null && !f.suggestions().isEmpty()) {
            ArrayNode suggestions = d.putArray("suggestions");
            for (String s : f.suggestions()) {
                ObjectNode suggestion = suggestions.addObject();
                range(suggestion.putObject("range"), sentence);
                suggestion.put("text", s);
            }
        }
        return d;
    }

    private static void range(ObjectNode range, SourceLocation at) {
        ObjectNode start = range.putObject("start");
        start.put("line", at.line());
        start.put("column", at.column());
        ObjectNode end = range.putObject("end");
        end.put("line", at.endLine());
        end.put("column", at.endColumn());
    }

    private static void source(ObjectNode d) {
        d.putObject("source").put("name", JsonReporter.TOOL_NAME).put("url", SarifReporter.INFORMATION_URI);
    }
}
