package dev.jobpostlint.rules;

import java.util.Locale;
import java.util.Optional;

/** What a part of a posting is for, known from its heading ("Dein Profil", "About us", ...). */
public enum SectionKind {
    NONE, ABOUT, TASKS, REQUIREMENTS, BENEFITS, APPLICATION;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SectionKind> fromId(String id) {
        for (SectionKind s : values()) {
            if (s.id().equalsIgnoreCase(id)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
