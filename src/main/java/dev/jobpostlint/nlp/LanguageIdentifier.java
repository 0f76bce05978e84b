package dev.jobpostlint.nlp;

import java.util.Optional;

import opennlp.tools.langdetect.LanguageDetectorME;

/** Detects a posting's language with OpenNLP's language detector; only German and English are answered. */
public final class LanguageIdentifier {

    /** Enough text to tell languages apart; more only costs time. */
    private static final int SAMPLE_CHARS = 4000;

    private final NlpModels models;

    public LanguageIdentifier(NlpModels models) {
        this.models = models;
    }

    /** The detected language as an ISO 639-3 code ("deu", "eng", "fra", ...), or "und" for too little text. */
    public String detectCode(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        if (sample.isBlank()) {
            return "und";
        }
        var detector = new LanguageDetectorME(models.languageDetector());
        return detector.predictLanguage(sample).getLang();
    }

    /** The detected language if it is one we support. */
    public Optional<Language> detect(String text) {
        return Language.fromCode(detectCode(text));
    }
}
