package dev.jobpostlint.report;

import java.io.PrintWriter;
import java.util.List;

import dev.jobpostlint.LintResult;
import dev.jobpostlint.LocatedFinding;
import dev.jobpostlint.extract.SourceLocation;
import dev.jobpostlint.rules.Finding;

/**
 * Compiler-style text: a {@code path:line:column: severity [rule] message} line per finding, the sentence
 * with the excerpt underlined, each suggestion after an arrow, and a closing summary line.
 */
public final class TextReporter implements Reporter {

    private static final String INDENT = "    ";

    private final ReportOptions options;
    private final Ansi ansi;

    public TextReporter(ReportOptions options) {
        this.options = options;
        this.ansi = new Ansi(options.color());
    }

    @Override
    public void write(List<LintResult> results, PrintWriter out) {
        for (LintResult result : results) {
            if (result.isError()) {
                out.println(ansi.bold(OneLine.name(result.path()) + ":") + " " + ansi.red("error:") + " " + OneLine.of(result.error()));
            }
            if (result.notice() != null && !options.quiet()) {
                out.println(ansi.bold(OneLine.name(result.path()) + ":") + " " + ansi.dim("note:") + " " + OneLine.of(result.notice()));
            }
            for (LocatedFinding finding : result.findings()) {
                writeFinding(OneLine.name(result.path()), finding, out);
            }
        }
        if (!options.quiet()) {
            out.println(summaryLine(Summary.of(results)));
        }
        out.flush();
    }

    /** ", model" for a finding of the model's; a rule's finding needs no word. */
    private static String source(Finding f) {
        return f.source() == Finding.Source.MODEL ? ", model" : "";
    }

    private void writeFinding(String path, LocatedFinding located, PrintWriter out) {
        Finding f = located.finding();
        out.println(ansi.bold(path + location(located.location()) + ":") + " "
                + ansi.severity(f.severity(), f.severity().id()) + " " + ansi.dim("[" + f.ruleId() + source(f) + "]") + " "
                + ansi.bold(OneLine.of(f.message())));
        if (f.sentence() != null && !f.sentence().isBlank()) {
            MarkedSentence m = mark(f);
            out.println(INDENT + m.before() + ansi.severity(f.severity(), m.marked()) + m.after());
            if (!m.carets().isEmpty()) {
                out.println(INDENT + ansi.severity(f.severity(), m.carets()));
            }
        }
        for (String suggestion : f.suggestions()) {
            out.println(INDENT + "→ " + OneLine.of(suggestion));
        }
        out.println();
    }

    private static MarkedSentence mark(Finding f) {
        if (f.span() != null && f.sentenceSpan() != null) {
            return MarkedSentence.of(f.sentence(), f.excerpt(),
                    f.span().start() - f.sentenceSpan().start(), f.span().length());
        }
        return MarkedSentence.of(f.sentence(), f.excerpt());
    }

    /** ":14:9", ":page 2", ":paragraph 7" or "" when the place is unknown. */
    static String location(SourceLocation loc) {
        if (loc == null) {
            return "";
        }
        if (loc.line() != null) {
            return ":" + loc.line() + (loc.column() != null ? ":" + loc.column() : "");
        }
        if (loc.page() != null) {
            return ":page " + loc.page() + (loc.paragraph() != null ? ", paragraph " + loc.paragraph() : "");
        }
        if (loc.paragraph() != null) {
            return ":paragraph " + loc.paragraph();
        }
        return "";
    }

    static String summaryLine(Summary s) {
        StringBuilder b = new StringBuilder()
                .append(count(s.files(), "file", "files")).append(" checked: ")
                .append(count(s.warnings(), "warning", "warnings")).append(", ")
                .append(count(s.errors(), "error", "errors")).append(", ")
                .append(count(s.infos(), "info", "infos"));
        if (s.unreadable() > 0) {
            b.append("; ").append(count(s.unreadable(), "file", "files")).append(" could not be read");
        }
        return b.toString();
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
