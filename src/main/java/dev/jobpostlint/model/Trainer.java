package dev.jobpostlint.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.jobpostlint.nlp.NlpModels;
import dev.jobpostlint.rules.RuleCatalog;
import dev.jobpostlint.rules.RuleEngine;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/** Trains a {@link TrainedModel} on a labelled corpus with OpenNLP's document categorizer. */
public final class Trainer {

    /**
     * How to train.
     *
     * @param algorithm  OpenNLP's trainer: {@code MAXENT_QN} (maximum entropy by L-BFGS, with L2 regularisation),
     *                   {@code MAXENT} (GIS) or {@code PERCEPTRON}
     * @param iterations at most this many passes
     * @param cutoff     features seen in fewer training sentences are left out
     * @param threshold  the probability of a category from which the model flags a sentence
     */
    public record Settings(String algorithm, int iterations, int cutoff, double threshold) {
        public Settings {
            if (!List.of("MAXENT_QN", "MAXENT", "PERCEPTRON").contains(algorithm)) {
                throw new IllegalArgumentException("unknown algorithm '" + algorithm + "' (MAXENT_QN, MAXENT, PERCEPTRON)");
            }
            if (iterations < 1 || cutoff < 0 || !(threshold > 0 && threshold <= 1)) {
                throw new IllegalArgumentException("iterations must be positive, cutoff not negative and the "
                        + "threshold in (0, 1]");
            }
        }

        public Settings withThreshold(double newThreshold) {
            return new Settings(algorithm, iterations, cutoff, newThreshold);
        }
    }

    private static final int FIRST_ITERATIONS = 30;

    /** The settings the bundled model is trained with. */
    public static final Settings DEFAULTS = new Settings("MAXENT_QN", 100, 2, 0.5);

    private final RuleEngine engine;
    private final NlpModels models;

    /** A trainer that reads postings with the lexicon and sections of these rules. */
    public Trainer(RuleCatalog catalog, NlpModels models) {
        this.engine = new RuleEngine(catalog);
        this.models = models;
    }

    /** Trains on every labelled posting of a corpus folder (docs/*.md and labels.json). */
    public TrainedModel train(Path corpus, Settings settings) throws IOException {
        return train(TrainingCorpus.read(corpus), settings);
    }

    TrainedModel train(TrainingCorpus corpus, Settings settings) throws IOException {
        Vocabulary vocabulary = corpus.vocabulary();
        List<TrainingSample> samples = corpus.samples(engine, models, vocabulary);
        return train(samples, vocabulary, settings, corpus.docs().size());
    }

    List<TrainingSample> samples(TrainingCorpus corpus, Vocabulary vocabulary) {
        return corpus.samples(engine, models, vocabulary);
    }

    /**
     * Trains on the samples. A labelled line may hold more than one sentence ("On camera now and then? Great, but
     * not required." or "Have you been paid for a post on your channel? (Yes/No)"), and only one of them carries
     * the requirement. Such lines are left out of a first model, which then picks the sentence of each line most
     * like its category; the final model learns from that sentence and not from the line's others.
     */
    static TrainedModel train(List<TrainingSample> samples, Vocabulary vocabulary, Settings settings, int documents)
            throws IOException {
        if (samples.stream().allMatch(s -> s.label().equals(TrainedModel.NONE))) {
            throw new IOException("the corpus has no positive sentence to learn from");
        }
        Map<String, List<TrainingSample>> byLine = new LinkedHashMap<>();
        samples.forEach(s -> byLine.computeIfAbsent(s.doc() + "\u0000" + s.line(), k -> new ArrayList<>()).add(s));
        List<TrainingSample> plain = new ArrayList<>();
        List<List<TrainingSample>> shared = new ArrayList<>();
        for (List<TrainingSample> line : byLine.values()) {
            if (line.size() > 1 && !line.get(0).label().equals(TrainedModel.NONE)) {
                shared.add(line);
            } else {
                plain.addAll(line);
            }
        }
        if (shared.isEmpty()) {
            return fit(samples, vocabulary, settings, documents);
        }
        // the first model only chooses sentences; a few passes choose as well as many
        Settings rough = new Settings(settings.algorithm(), Math.min(FIRST_ITERATIONS, settings.iterations()),
                settings.cutoff(), settings.threshold());
        TrainedModel first = fit(plain, vocabulary, rough, documents);
        List<TrainingSample> chosen = new ArrayList<>(plain);
        for (List<TrainingSample> line : shared) {
            chosen.add(line.stream().max(Comparator.comparingDouble(s -> first.probability(s.features(), s.label())))
                    .orElseThrow());
        }
        return fit(chosen, vocabulary, settings, documents);
    }

    private static TrainedModel fit(List<TrainingSample> samples, Vocabulary vocabulary, Settings settings,
                                    int documents) throws IOException {
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, settings.algorithm());
        params.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
        params.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
        // one thread: the sums of several threads come in varying order, and the model bytes would vary with them
        params.put(TrainingParameters.THREADS_PARAM, 1);
        params.put("PrintMessages", false);
        DocumentSample[] documentSamples = samples.stream()
                .map(s -> new DocumentSample(s.label(), s.features()))
                .toArray(DocumentSample[]::new);
        DoccatModel doccat = DocumentCategorizerME.train("mul", ObjectStreamUtils.createObjectStream(documentSamples),
                params, new DoccatFactory(new FeatureGenerator[] {new GivenFeatures()}));
        Map<String, Integer> counts = new TreeMap<>();
        samples.forEach(s -> counts.merge(s.label(), 1, Integer::sum));
        ModelInfo info = new ModelInfo(settings.algorithm(), settings.iterations(), settings.cutoff(), documents, counts);
        return new TrainedModel(Weights.pruned(doccat.getMaxentModel()), vocabulary, settings.threshold(), info);
    }
}
