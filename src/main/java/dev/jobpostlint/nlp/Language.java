package dev.jobpostlint.nlp;

import java.util.Locale;
import java.util.Optional;

/** The languages jobpost-lint has models and rules for. */
public enum Language {
    DE("deu"), EN("eng");

    private final String iso3;

    Language(String iso3) {
        this.iso3 = iso3;
    }

    /** Two-letter code as used in reports, rule folders and {@code --lang}: "de", "en". */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Language> fromCode(String code) {
        for (Language l : values()) {
            if (l.code().equalsIgnoreCase(code) || l.iso3.equalsIgnoreCase(code)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
