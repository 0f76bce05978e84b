package dev.jobpostlint.report;

/**
 * What a reporter needs to know beyond the results.
 *
 * @param toolVersion the version written into machine-readable reports
 * @param color       whether ANSI colours may be used (only ever for a terminal)
 * @param quiet       leave out notes and the closing summary where the format allows
 */
public record ReportOptions(String toolVersion, boolean color, boolean quiet) {
}
