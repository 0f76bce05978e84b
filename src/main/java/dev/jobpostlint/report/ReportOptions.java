package dev.jobpostlint.report;

import dev.jobpostlint.rules.RuleCatalog;

/**
 * What a reporter needs to know beyond the results.
 *
 * @param toolVersion the version written into machine-readable reports
 * @param color       whether ANSI colours may be used (only ever for a terminal)
 * @param quiet       leave out notes and the closing summary where the format allows
 * @param rules       the rules of the run, for reports that explain findings; null when not needed
 */
public record ReportOptions(String toolVersion, boolean color, boolean quiet, RuleCatalog rules) {

    public ReportOptions(String toolVersion, boolean color, boolean quiet) {
        this(toolVersion, color, quiet, null);
    }

    public ReportOptions withRules(RuleCatalog catalog) {
        return new ReportOptions(toolVersion, color, quiet, catalog);
    }
}
