package dev.jobpostlint.report;

import java.util.List;

import dev.jobpostlint.LintResult;
import dev.jobpostlint.LocatedFinding;
import dev.jobpostlint.extract.SourceLocation;
import dev.jobpostlint.rules.Finding;

/** The Markdown a GitHub job summary shows: every finding with its suggestions, then a tally per file. */
public final class StepSummary {

    private StepSummary() {
    }

    public static String markdown(List<LintResult> results) {
        Summary sum = Summary.of(results);
        StringBuilder md = new StringBuilder("## jobpost-lint\n\n");
        long withFindings = results.stream().filter(r -> !r.findings().isEmpty()).count();
        if (sum.findings() == 0) {
            md.append("No findings in ").append(plural(sum.files(), "file")).append(".\n");
        } else {
            md.append("**").append(plural(sum.findings(), "finding")).append("** in ").append(withFindings)
                    .append(" of ").append(plural(sum.files(), "file")).append(" (")
                    .append(plural(sum.errors(), "error")).append(", ").append(plural(sum.warnings(), "warning"))
                    .append(", ").append(sum.infos()).append(" info).\n\n")
                    .append("| File | Line | Severity | Rule | Finding | Suggestions |\n")
                    .append("| --- | --- | --- | --- | --- | --- |\n");
            for (LintResult r : results) {
                String file = OneLine.name(ReportPaths.relative(r.path()));
                for (LocatedFinding f : r.findings()) {
                    md.append(row(file, f));
                }
            }
        }
        if (sum.unreadable() > 0) {
            md.append("\n**").append(plural(sum.unreadable(), "file")).append(" could not be checked:**\n\n");
            results.stream().filter(LintResult::isError).forEach(r -> md.append("- `")
                    .append(code(OneLine.name(ReportPaths.relative(r.path())))).append("`: ").append(cell(r.error())).append('\n'));
        }
        if (!results.isEmpty()) {
            md.append("\n### Per file\n\n| File | Errors | Warnings | Info | Total |\n| --- | ---: | ---: | ---: | ---: |\n");
            for (LintResult r : results) {
                Summary s = Summary.of(List.of(r));
                md.append("| `").append(code(OneLine.name(ReportPaths.relative(r.path())))).append("` | ").append(s.errors())
                        .append(" | ").append(s.warnings()).append(" | ").append(s.infos()).append(" | ")
                        .append(r.isError() ? "not checked" : String.valueOf(s.findings())).append(" |\n");
            }
        }
        return md.toString();
    }

    private static String row(String file, LocatedFinding located) {
        Finding f = located.finding();
        SourceLocation loc = Locations.of(located);
        String where = loc.line() != null ? String.valueOf(loc.line()) : Locations.unitPrefix(loc).replace(": ", "");
        String suggestions = f.suggestions().isEmpty() ? "" : "• " + String.join("<br>• ",
                f.suggestions().stream().map(StepSummary::cell).toList());
        return "| `" + code(file) + "` | " + where + " | " + f.severity().id() + " | `" + code(f.ruleId()) + "` | "
                + cell(f.message().strip()) + " «" + cell(f.excerpt()) + "» | " + suggestions + " |\n";
    }

    /** Table cells cannot hold a line break or a bare pipe; HTML tags would be rendered. */
    private static String cell(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("|", "\\|")
                .replace("\r", "").replace("\n", "<br>");
    }

    private static String code(String s) {
        return s.replace("`", "'").replace("|", "\\|");
    }

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
