package dev.jobpostlint.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * Loads the OpenNLP models shipped as {@code opennlp-models-*} artifacts, each once per instance and only
 * when first asked for, so a run over German postings never loads the English tagger. Thread-safe.
 */
public final class NlpModels {

    private static final String LANGDETECT = "langdetect-183.bin";
    private static final Map<Language, String> CORPUS = Map.of(Language.DE, "de-ud-gsd", Language.EN, "en-ud-ewt");

    private final Lazy<LanguageDetectorModel> languageDetector = new Lazy<>(
            () -> load(LANGDETECT, LanguageDetectorModel::new));
    private final Map<Language, Lazy<SentenceModel>> sentences = perLanguage("sentence", SentenceModel::new);
    private final Map<Language, Lazy<TokenizerModel>> tokenizers = perLanguage("tokens", TokenizerModel::new);
    private final Map<Language, Lazy<POSModel>> taggers = perLanguage("pos", POSModel::new);
    private final Map<Language, Lazy<LemmatizerModel>> lemmatizers = perLanguage("lemmas", LemmatizerModel::new);
    private final ThreadLocal<Map<Language, SentenceDetectorME>> sentenceDetectors =
            ThreadLocal.withInitial(() -> new EnumMap<>(Language.class));
    private final ThreadLocal<Map<Language, TokenizerME>> tokenizersInUse =
            ThreadLocal.withInitial(() -> new EnumMap<>(Language.class));
    private final Map<Language, WordSplits> wordSplits = new EnumMap<>(Map.of(
            Language.DE, new WordSplits(), Language.EN, new WordSplits()));

    /**
     * Starts loading the sentence and token models of these languages on background threads, so that
     * they are ready when the first posting needs them. A load that fails here fails again, and is reported,
     * where the model is used.
     */
    public void preload(Set<Language> languages) {
        for (Language language : languages) {
            Thread t = new Thread(() -> {
                try {
                    sentenceModel(language);
                    tokenizerModel(language);
                } catch (RuntimeException e) {
                    // reported on use
                }
            }, "jobpost-lint-models-" + language.code());
            t.setDaemon(true);
            t.start();
        }
    }

    public LanguageDetectorModel languageDetector() {
        return languageDetector.get();
    }

    public SentenceModel sentenceModel(Language language) {
        return sentences.get(language).get();
    }

    public TokenizerModel tokenizerModel(Language language) {
        return tokenizers.get(language).get();
    }

    public POSModel posModel(Language language) {
        return taggers.get(language).get();
    }

    public LemmatizerModel lemmatizerModel(Language language) {
        return lemmatizers.get(language).get();
    }

    /**
     * This thread's sentence detector for a language. OpenNLP's detectors keep state during a call, so
     * threads cannot share one; a new one per document would copy the model's abbreviations every time.
     */
    SentenceDetectorME sentenceDetector(Language language) {
        return sentenceDetectors.get().computeIfAbsent(language, l -> new SentenceDetectorME(sentenceModel(l)));
    }

    /** This thread's tokenizer for a language, as {@link #sentenceDetector}. */
    TokenizerME tokenizer(Language language) {
        return tokenizersInUse.get().computeIfAbsent(language, l -> new TokenizerME(tokenizerModel(l)));
    }

    WordSplits wordSplits(Language language) {
        return wordSplits.get(language);
    }

    private interface ModelReader<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> Map<Language, Lazy<T>> perLanguage(String kind, ModelReader<T> reader) {
        Map<Language, Lazy<T>> map = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String name = "opennlp-" + CORPUS.get(language) + "-" + kind + "-1.3-2.5.4.bin";
            map.put(language, new Lazy<>(() -> load(name, reader)));
        }
        return map;
    }

    private static <T> T load(String resource, ModelReader<T> reader) {
        try (InputStream in = NlpModels.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource + " is not on the class path");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP model " + resource, e);
        }
    }
}
