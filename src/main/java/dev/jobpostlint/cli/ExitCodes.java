package dev.jobpostlint.cli;

import java.util.List;

import dev.jobpostlint.LintResult;
import dev.jobpostlint.LocatedFinding;

/** Every exit code of the command line, and how a run's results map to one. */
public final class ExitCodes {

    /** No finding at or above {@code --fail-on}; scores met. */
    public static final int OK = 0;
    /** Findings at or above {@code --fail-on}; scores missed. */
    public static final int FINDINGS = 1;
    /** Bad command line. */
    public static final int USAGE = 2;
    /** At least one input could not be read (the others are still checked and reported). */
    public static final int INPUT_ERROR = 2;
    /** A rule file with a mistake. */
    public static final int RULE_FILE_ERROR = 2;
    /** A mistake in a {@code .jobpost-lint.yml} file, or a baseline or git ref that cannot be used. */
    public static final int CONFIG_ERROR = 2;
    /** A bug in the tool. */
    public static final int INTERNAL_ERROR = 2;

    private ExitCodes() {
    }

    /** An unreadable input outranks findings: the run is incomplete. */
    public static int forCheck(List<LintResult> results, FailOn failOn) {
        boolean unreadable = results.stream().anyMatch(LintResult::isError);
        if (unreadable) {
            return INPUT_ERROR;
        }
        boolean failing = results.stream()
                .flatMap(r -> r.findings().stream())
                .map(LocatedFinding::finding)
                .anyMatch(f -> failOn.fails(f.severity()));
        return failing ? FINDINGS : OK;
    }
}
