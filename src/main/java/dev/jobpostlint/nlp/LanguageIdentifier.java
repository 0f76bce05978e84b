package dev.jobpostlint.nlp;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import opennlp.tools.langdetect.LanguageDetectorME;

/**
 * Detects a posting's language. Most postings say at once, through their function words, that they are
 * German or English; only when those do not decide it clearly is OpenNLP's language detector asked,
 * whose model takes over a second to load.
 */
public final class LanguageIdentifier {

    /** Enough text to tell languages apart; more only costs time. */
    public static final int SAMPLE_CHARS = 4000;
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    // Words frequent in one language and absent from the other and from Dutch, Danish or Swedish.
    private static final Set<String> GERMAN = Set.of("und", "der", "das", "ist", "nicht", "mit", "für", "eine",
            "einen", "einem", "den", "von", "auf", "im", "du", "wir", "sich", "auch", "uns", "unsere", "unser",
            "dein", "deine", "deinen", "bei", "über", "werden", "sind", "wird", "oder", "dich", "dir", "ihre",
            "zum", "zur", "dass", "sie", "ihr", "ihnen", "hast", "bist");
    private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "with", "for", "you", "your",
            "our", "we", "are", "will", "from", "this", "that", "be", "have", "has", "on", "at", "or", "an",
            "you'll", "who", "what", "about", "us", "can", "their");

    private final NlpModels models;

    public LanguageIdentifier(NlpModels models) {
        this.models = models;
    }

    /** The detected language as an ISO 639-3 code ("deu", "eng", "fra", ...), or "und" for no text. */
    public String detectCode(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        if (sample.isBlank()) {
            return "und";
        }
        return byFunctionWords(sample).orElseGet(
                () -> new LanguageDetectorME(models.languageDetector()).predictLanguage(sample).getLang());
    }

    /** The detected language if it is one we support. */
    public Optional<Language> detect(String text) {
        return Language.fromCode(detectCode(text));
    }

    /**
     * German or English when function words make it plain: enough of them, a fair share of all words,
     * and one language four times as frequent as the other.
     */
    static Optional<String> byFunctionWords(String sample) {
        int words = 0;
        int german = 0;
        int english = 0;
        Matcher m = WORD.matcher(sample);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            words++;
            german += GERMAN.contains(w) ? 1 : 0;
            english += ENGLISH.contains(w) ? 1 : 0;
        }
        if (german + english < 10 || (german + english) * 100 < words * 15) {
            return Optional.empty();
        }
        if (german >= 4 * english) {
            return Optional.of("deu");
        }
        if (english >= 4 * german) {
            return Optional.of("eng");
        }
        return Optional.empty();
    }
}
