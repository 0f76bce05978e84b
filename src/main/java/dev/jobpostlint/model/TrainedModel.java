package dev.jobpostlint.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.jobpostlint.nlp.Language;
import dev.jobpostlint.rules.ModelVerdict;
import dev.jobpostlint.rules.PostingSentence;
import dev.jobpostlint.rules.SentenceClassifier;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A trained sentence classifier: an OpenNLP document categorizer over {@link SentenceFeatures}, the vocabulary
 * its compound splitting uses, and the probability from which it flags a sentence. Classes are the six
 * categories and {@value #NONE}. Immutable and thread-safe; each thread keeps its own feature extractors.
 */
public final class TrainedModel {

    /** The class of a sentence that asks for nothing influencer-style. */
    public static final String NONE = "none";

    private final DocumentCategorizerME categorizer;
    private final MaxentModel maxent;
    private final Vocabulary vocabulary;
    private final double threshold;
    private final ModelInfo info;
    private final int none;
    private final ThreadLocal<Map<Language, SentenceFeatures>> features =
            ThreadLocal.withInitial(() -> new EnumMap<>(Language.class));

    TrainedModel(MaxentModel maxent, Vocabulary vocabulary, double threshold, ModelInfo info) {
        this.maxent = maxent;
        this.categorizer = new DocumentCategorizerME(new DoccatModel("mul", maxent, Map.of(),
                new DoccatFactory(new FeatureGenerator[] {new GivenFeatures()})));
        this.vocabulary = vocabulary;
        this.threshold = threshold;
        this.info = info;
        this.none = categorizer.getIndex(NONE);
        if (none < 0) {
            throw new IllegalArgumentException("the model has no class '" + NONE + "'");
        }
    }

    /** The model built into the jar from the training corpus in the repository. */
    public static TrainedModel bundled() {
        return ModelFile.bundled();
    }

    /** Reads a model file written by {@link #write(OutputStream)}. */
    public static TrainedModel read(InputStream in) throws IOException {
        return ModelFile.read(in);
    }

    /** Reads a model file; a file that is missing or not a model fails with a one-line reason. */
    public static TrainedModel read(Path file) throws ModelFileException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (NoSuchFileException e) {
            throw new ModelFileException(file.toString(), "no such file");
        } catch (IOException | RuntimeException e) {
            throw new ModelFileException(file.toString(), String.valueOf(e.getMessage()));
        }
    }

    /** Writes the model; the same model gives the same bytes. */
    public void write(OutputStream out) throws IOException {
        ModelFile.write(this, out);
    }

    /** The probability of a category from which a sentence is flagged. */
    public double threshold() {
        return threshold;
    }

    /** The same model flagging from another probability. */
    public TrainedModel withThreshold(double newThreshold) {
        return new TrainedModel(maxent, vocabulary, newThreshold, info);
    }

    /** How the model was trained. */
    public ModelInfo info() {
        return info;
    }

    /**
     * The classifier for the sentences of one posting in {@code language}, for the rule engine; it remembers the
     * block before the one it is given, so it belongs to one posting.
     */
    public SentenceClassifier classifier(Language language) {
        return classifier(language, true);
    }

    /**
     * As {@link #classifier(Language)}; with {@code rememberWords} false it keeps the stems and compound parts of
     * the posting's words to itself, so that nothing of the posting outlives it.
     */
    public SentenceClassifier classifier(Language language, boolean rememberWords) {
        SentenceFeatures extractor = rememberWords ? null : new SentenceFeatures(language, vocabulary);
        return new SentenceClassifier() {
            private PostingSentence before;

            @Override
            public List<ModelVerdict> classify(List<PostingSentence> block) {
                List<ModelVerdict> verdicts = TrainedModel.this.classify(
                        extractor != null ? extractor : features(language), block, before);
                before = block.isEmpty() ? before : block.get(block.size() - 1);
                return verdicts;
            }
        };
    }

    /** The categories the model knows, {@value #NONE} included. */
    public List<String> categories() {
        List<String> categories = new ArrayList<>();
        for (int i = 0; i < categorizer.getNumberOfCategories(); i++) {
            categories.add(categorizer.getCategory(i));
        }
        return categories;
    }

    /** The probability of each of {@link #categories()} for a sentence with these features. */
    double[] probabilities(String[] sentenceFeatures) {
        return categorizer.categorize(sentenceFeatures);
    }

    /** The probability of one class for a sentence with these features; 0 for a class the model does not know. */
    double probability(String[] sentenceFeatures, String category) {
        int index = categorizer.getIndex(category);
        return index < 0 ? 0 : probabilities(sentenceFeatures)[index];
    }

    MaxentModel maxent() {
        return maxent;
    }

    Vocabulary vocabulary() {
        return vocabulary;
    }

    SentenceFeatures features(Language language) {
        return features.get().computeIfAbsent(language, l -> new SentenceFeatures(l, vocabulary));
    }

    private List<ModelVerdict> classify(SentenceFeatures extractor, List<PostingSentence> block, PostingSentence before) {
        List<String[]> blockFeatures = extractor.block(block, before);
        List<ModelVerdict> verdicts = new ArrayList<>(block.size());
        for (int i = 0; i < block.size(); i++) {
            double[] p = probabilities(blockFeatures.get(i));
            int best = best(p);
            PostingSentence s = block.get(i);
            boolean flags = p[best] >= threshold;
            int[] clause = flags ? strongestClause(extractor, block, i, best) : new int[] {0, s.tokens().size()};
            verdicts.add(new ModelVerdict(categorizer.getCategory(best), p[best], p[none], flags, clause[0], clause[1]));
        }
        return verdicts;
    }

    /** The most likely class other than {@value #NONE}. */
    private int best(double[] p) {
        int best = -1;
        for (int c = 0; c < p.length; c++) {
            if (c != none && (best < 0 || p[c] > p[best])) {
                best = c;
            }
        }
        return best;
    }

    /** The clause whose features alone give the category the highest probability, without punctuation at its ends. */
    private int[] strongestClause(SentenceFeatures extractor, List<PostingSentence> block, int i, int category) {
        PostingSentence s = block.get(i);
        List<int[]> clauses = s.clauses();
        int[] best = new int[] {0, s.tokens().size()};
        if (clauses.size() > 1) {
            PostingSentence previous = i > 0 ? block.get(i - 1) : null;
            PostingSentence next = i + 1 < block.size() ? block.get(i + 1) : null;
            double bestP = -1;
            for (int[] clause : clauses) {
                double p = probabilities(extractor.features(s, clause[0], clause[1], previous, next))[category];
                if (p > bestP) {
                    bestP = p;
                    best = clause;
                }
            }
        }
        return trimmed(s, best);
    }

    private static int[] trimmed(PostingSentence s, int[] range) {
        int from = range[0];
        int to = range[1];
        while (from < to - 1 && !isWord(s.tokens().text(from))) {
            from++;
        }
        while (to > from + 1 && !isWord(s.tokens().text(to - 1))) {
            to--;
        }
        return new int[] {from, to};
    }

    private static boolean isWord(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (Character.isLetterOrDigit(token.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
