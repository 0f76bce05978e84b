package dev.jobpostlint.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jobpostlint.LintResult;
import dev.jobpostlint.LocatedFinding;
import dev.jobpostlint.extract.SourceLocation;
import dev.jobpostlint.rules.Finding;
import dev.jobpostlint.rules.Rule;
import dev.jobpostlint.rules.Severity;

/**
 * A SARIF 2.1.0 log, as GitHub code scanning and other SARIF viewers read it: the rules with their help and
 * suggestions, one result per finding with a region and a fingerprint, and unreadable files as notifications.
 */
public final class SarifReporter implements Reporter {

    public static final String INFORMATION_URI = "https://github.com/jobpost-lint/jobpost-lint";
    static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);

    private final ReportOptions options;

    public SarifReporter(ReportOptions options) {
        this.options = options;
    }

    @Override
    public void write(List<LintResult> results, PrintWriter out) {
        try {
            MAPPER.writer(JsonReporter.prettyPrinter()).writeValue(out, toSarif(results));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
        out.flush();
    }

    ObjectNode toSarif(List<LintResult> results) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("$schema", SCHEMA_URI);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", JsonReporter.TOOL_NAME);
        driver.put("version", options.toolVersion());
        driver.put("semanticVersion", options.toolVersion());
        driver.put("informationUri", INFORMATION_URI);
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        ArrayNode rules = driver.putArray("rules");
        for (Descriptor d : descriptors(results)) {
            ruleIndex.put(d.id(), ruleIndex.size());
            rules.add(rule(d));
        }
        ObjectNode invocation = run.putArray("invocations").addObject();
        invocation.put("executionSuccessful", results.stream().noneMatch(LintResult::isError));
        ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
        run.put("columnKind", "utf16CodeUnits");
        ArrayNode out = run.putArray("results");
        for (LintResult r : results) {
            String relative = ReportPaths.relative(r.path());
            if (r.isError()) {
                ObjectNode n = notifications.addObject();
                n.put("level", "error");
                n.putObject("message").put("text", "cannot check " + r.path() + ": " + r.error());
                artifact(n.putArray("locations").addObject().putObject("physicalLocation"), relative);
            }
            if (r.notice() != null) {
                ObjectNode n = notifications.addObject();
                n.put("level", "note");
                n.putObject("message").put("text", r.path() + ": " + r.notice());
                artifact(n.putArray("locations").addObject().putObject("physicalLocation"), relative);
            }
            List<String> fingerprints = Fingerprints.of(r);
            for (int i = 0; i < r.findings().size(); i++) {
                LocatedFinding f = r.findings().get(i);
                out.add(result(f, relative, ruleIndex.get(f.finding().ruleId()), fingerprints.get(i)));
            }
        }
        return root;
    }

    /** What SARIF says about a rule: from the catalog where it has the rule, else from a finding of it. */
    private record Descriptor(String id, String category, Severity severity, String summary, String explanation,
                              List<String> suggestions) {
    }

    private List<Descriptor> descriptors(List<LintResult> results) {
        Map<String, Descriptor> byId = new TreeMap<>();
        if (options.catalog() != null) {
            for (Rule rule : options.catalog().rules()) {
                byId.putIfAbsent(rule.id(), new Descriptor(rule.id(), rule.category(), rule.severity(),
                        rule.summary(), rule.explanation(), rule.plainSuggestions()));
            }
        }
        for (LintResult r : results) {
            for (LocatedFinding lf : r.findings()) {
                Finding f = lf.finding();
                byId.putIfAbsent(f.ruleId(), new Descriptor(f.ruleId(), f.category(), f.severity(),
                        firstLine(f.message()), f.message(), f.suggestions()));
            }
        }
        return new ArrayList<>(byId.values());
    }

    private static ObjectNode rule(Descriptor d) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", d.id());
        n.put("name", d.id());
        n.putObject("shortDescription").put("text", d.summary());
        String full = d.explanation() == null || d.explanation().isBlank() ? d.summary() : d.explanation().strip();
        n.putObject("fullDescription").put("text", full);
        StringBuilder text = new StringBuilder(full);
        StringBuilder markdown = new StringBuilder("**").append(d.summary()).append("**\n\n").append(full);
        if (!d.suggestions().isEmpty()) {
            text.append("\n\nAsk instead for:");
            markdown.append("\n\n**Ask instead for:**\n");
            for (String s : d.suggestions()) {
                text.append("\n- ").append(s);
                markdown.append("\n- ").append(s);
            }
        }
        ObjectNode help = n.putObject("help");
        help.put("text", text.toString());
        help.put("markdown", markdown.toString());
        n.putObject("defaultConfiguration").put("level", level(d.severity()));
        ObjectNode props = n.putObject("properties");
        props.putArray("tags").add("job-posting").add(d.category());
        return n;
    }

    /** A path inside the repository is relative to {@code %SRCROOT%}; one outside it becomes a file URI. */
    private static void artifact(ObjectNode physical, String relativePath) {
        ObjectNode artifact = physical.putObject("artifactLocation");
        if (relativePath.startsWith("/") || relativePath.matches("^[A-Za-z]:/.*")) {
            artifact.put("uri", java.nio.file.Path.of(relativePath).toUri().toASCIIString());
        } else {
            artifact.put("uri", ReportPaths.uri(relativePath)).put("uriBaseId", "%SRCROOT%");
        }
    }

    private static ObjectNode result(LocatedFinding located, String path, int ruleIndex, String fingerprint) {
        Finding f = located.finding();
        SourceLocation loc = Locations.of(located);
        ObjectNode n = MAPPER.createObjectNode();
        n.put("ruleId", f.ruleId());
        n.put("ruleIndex", ruleIndex);
        n.put("level", level(f.severity()));
        StringBuilder message = new StringBuilder(Locations.unitPrefix(loc)).append(f.message().strip())
                .append(" (\"").append(f.excerpt()).append("\")");
        if (!f.suggestions().isEmpty()) {
            message.append("\nSuggestion: ").append(f.suggestions().get(0));
        }
        n.putObject("message").put("text", message.toString());
        ObjectNode physical = n.putArray("locations").addObject().putObject("physicalLocation");
        artifact(physical, path);
        ObjectNode region = physical.putObject("region");
        region.put("startLine", Locations.line(loc));
        if (Locations.hasLines(loc) && loc.column() != null) {
            region.put("startColumn", loc.column());
            region.put("endLine", loc.endLine());
            region.put("endColumn", loc.endColumn());
        }
        n.putObject("partialFingerprints").put(Fingerprints.SARIF_KEY, fingerprint);
        ObjectNode props = n.putObject("properties");
        props.put("category", f.category());
        props.put("sentence", f.sentence());
        if (loc.page() != null) {
            props.put("page", loc.page());
        }
        if (loc.paragraph() != null) {
            props.put("paragraph", loc.paragraph());
        }
        ArrayNode suggestions = props.putArray("suggestions");
        f.suggestions().forEach(suggestions::add);
        props.put("source", f.source().id());
        if (f.model() != null) {
            props.put("modelCategory", f.model().category());
            props.put("modelProbability", Probabilities.rounded(f.model().probability()));
        }
        return n;
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
