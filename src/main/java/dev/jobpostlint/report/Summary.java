package dev.jobpostlint.report;

import java.util.List;

import dev.jobpostlint.LintResult;
import dev.jobpostlint.LocatedFinding;
import dev.jobpostlint.rules.Severity;

/** Counts over the results of a run, shared by the reporters. */
public record Summary(int files, int findings, int errors, int warnings, int infos, int unreadable, int notices) {

    public static Summary of(List<LintResult> results) {
        int findings = 0;
        int errors = 0;
        int warnings = 0;
        int infos = 0;
        int unreadable = 0;
        int notices = 0;
        for (LintResult r : results) {
            if (r.isError()) {
                unreadable++;
            }
            if (r.notice() != null) {
                notices++;
            }
            for (LocatedFinding f : r.findings()) {
                findings++;
                Severity s = f.finding().severity();
                switch (s) {
                    case ERROR -> errors++;
                    case WARNING -> warnings++;
                    case INFO -> infos++;
                }
            }
        }
        return new Summary(results.size(), findings, errors, warnings, infos, unreadable, notices);
    }
}
