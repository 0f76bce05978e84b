package dev.jobpostlint.rules;

import java.util.Locale;
import java.util.Optional;

/** How serious a finding is; ordered from least to most serious. */
public enum Severity {
    INFO, WARNING, ERROR;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Severity> fromId(String id) {
        for (Severity s : values()) {
            if (s.id().equalsIgnoreCase(id)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
