package dev.jobpostlint.report;

import java.io.PrintWriter;
import java.util.List;

import dev.jobpostlint.LintResult;
import dev.jobpostlint.LocatedFinding;
import dev.jobpostlint.extract.SourceLocation;
import dev.jobpostlint.rules.Finding;
import dev.jobpostlint.rules.Severity;

/**
 * GitHub Actions workflow commands: one {@code ::warning file=…,line=…::…} annotation per finding, shown on the
 * line of the pull request's diff. PDF and DOCX findings stand at line 1 with the page or paragraph in the message.
 */
public final class GithubReporter implements Reporter {

    public GithubReporter(ReportOptions options) {
        // the annotations carry everything; nothing to configure
    }

    @Override
    public void write(List<LintResult> results, PrintWriter out) {
        for (LintResult r : results) {
            String file = OneLine.name(ReportPaths.relative(r.path()));
            if (r.isError()) {
                out.println("::error " + properties(file, null, "jobpost-lint") + "::"
                        + escapeData("cannot check this file: " + OneLine.of(r.error())));
            }
            if (r.notice() != null) {
                out.println("::notice " + properties(file, null, "jobpost-lint") + "::" + escapeData(OneLine.of(r.notice())));
            }
            for (LocatedFinding f : r.findings()) {
                out.println(annotation(file, f));
            }
        }
        out.flush();
    }

    static String annotation(String file, LocatedFinding located) {
        Finding f = located.finding();
        SourceLocation loc = Locations.of(located);
        return "::" + level(f.severity()) + " " + properties(file, loc, f.ruleId()) + "::" + escapeData(message(located));
    }

    /** The message, the flagged words and the suggestions, one per line. */
    static String message(LocatedFinding located) {
        Finding f = located.finding();
        StringBuilder s = new StringBuilder(Locations.unitPrefix(Locations.of(located)))
                .append(f.message().strip()).append(" (\"").append(f.excerpt()).append("\")");
        if (!f.suggestions().isEmpty()) {
            s.append("\nSuggestion: ").append(String.join("\nSuggestion: ", f.suggestions()));
        }
        return s.toString();
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
    }

    private static String properties(String file, SourceLocation loc, String title) {
        StringBuilder s = new StringBuilder("file=").append(escapeProperty(file));
        if (loc != null) {
            s.append(",line=").append(Locations.line(loc));
            if (Locations.hasLines(loc) && loc.column() != null) {
                // GitHub takes columns only within one line
                boolean oneLine = loc.endLine() == null || loc.endLine().equals(loc.line());
                if (oneLine) {
                    s.append(",col=").append(loc.column());
                }
                if (loc.endLine() != null) {
                    s.append(",endLine=").append(loc.endLine());
                }
                if (oneLine && loc.endColumn() != null) {
                    s.append(",endColumn=").append(loc.endColumn());
                }
            }
        }
        return s.append(",title=").append(escapeProperty(title)).toString();
    }

    /** Escapes the message of a workflow command as the runner requires. */
    static String escapeData(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escapes a property value of a workflow command: as a message, and also {@code :} and {@code ,}. */
    static String escapeProperty(String s) {
        return escapeData(s).replace(":", "%3A").replace(",", "%2C");
    }
}
