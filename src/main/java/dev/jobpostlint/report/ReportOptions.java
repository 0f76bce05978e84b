package dev.jobpostlint.report;

import dev.jobpostlint.rules.RuleCatalog;

/**
 * What a reporter needs to know beyond the results.
 *
 * @param toolVersion the version written into machine-readable reports
 * @param color       whether ANSI colours may be used (only ever for a terminal)
 * @param quiet       leave out notes and the closing summary where the format allows
 * @param catalog     the rules of the run, described in SARIF and explained in HTML; null when not needed
 *                    (SARIF then describes only the rules that have findings)
 */
public record ReportOptions(String toolVersion, boolean color, boolean quiet, RuleCatalog catalog) {

    public ReportOptions(String toolVersion, boolean color, boolean quiet) {
        this(toolVersion, color, quiet, null);
    }
}
