package dev.jobpostlint.cli;

import dev.jobpostlint.rules.Severity;

/** The least severity that makes {@code check} exit with {@link ExitCodes#FINDINGS}. */
public enum FailOn {
    ERROR(Severity.ERROR), WARNING(Severity.WARNING), INFO(Severity.INFO), NEVER(null);

    private final Severity threshold;

    FailOn(Severity threshold) {
        this.threshold = threshold;
    }

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean fails(Severity severity) {
        return threshold != null && severity.compareTo(threshold) >= 0;
    }
}
