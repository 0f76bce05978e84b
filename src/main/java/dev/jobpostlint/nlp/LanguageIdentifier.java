package dev.jobpostlint.nlp;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import opennlp.tools.langdetect.LanguageDetectorME;

/**
 * Detects a posting's language. Most postings say at once, through their function words, that they are
 * German or English; only when those do not decide it clearly is OpenNLP's language detector asked,
 * whose model takes over a second to load.
 */
public final class LanguageIdentifier {

    /** Enough text to tell languages apart; more only costs time. */
    public static final int SAMPLE_CHARS = 4000;
    // Words frequent in one language and absent from the other and from Dutch, Danish or Swedish.
    private static final Set<String> GERMAN = Set.of("und", "der", "das", "ist", "nicht", "mit", "für", "eine",
            "einen", "einem", "den", "von", "auf", "im", "du", "wir", "sich", "auch", "uns", "unsere", "unser",
            "dein", "deine", "deinen", "bei", "über", "werden", "sind", "wird", "oder", "dich", "dir", "ihre",
            "zum", "zur", "dass", "sie", "ihr", "ihnen", "hast", "bist");
    private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "with", "for", "you", "your",
            "our", "we", "are", "will", "from", "this", "that", "be", "have", "has", "on", "at", "or", "an",
            "you'll", "who", "what", "about", "us", "can", "their");

    /** Each function word with the language it counts for: one look-up a word. */
    private static final Map<String, Boolean> IS_GERMAN = Stream.concat(
            GERMAN.stream().map(w -> Map.entry(w, true)), ENGLISH.stream().map(w -> Map.entry(w, false)))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    private static final int LONGEST_FUNCTION_WORD = IS_GERMAN.keySet().stream()
            .mapToInt(String::length).max().orElseThrow();

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
        int i = 0;
        while (i < sample.length()) {
            int c = sample.codePointAt(i);
            if (!Character.isLetter(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            while (i < sample.length() && Character.isLetter(c = sample.codePointAt(i))) {
                i += Character.charCount(c);
            }
            words++;
            if (i - start <= LONGEST_FUNCTION_WORD) {
                Boolean isGerman = IS_GERMAN.get(sample.substring(start, i).toLowerCase(Locale.ROOT));
                if (isGerman != null) {
                    german += isGerman ? 1 : 0;
                    english += isGerman ? 0 : 1;
                }
            }
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
