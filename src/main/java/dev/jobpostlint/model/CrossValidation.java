package dev.jobpostlint.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * K-fold cross-validation of the classifier on a training corpus, scored line by line as the corpus is labelled:
 * a line's class is that of its sentence with the most likely category, if the probability reaches the threshold,
 * else {@value TrainedModel#NONE}. Folds keep a posting together (posting i of the sorted corpus is in fold i mod k),
 * so that no fold is tested on sentences whose neighbours it was trained on; each fold's model has the vocabulary
 * of its own training postings only.
 *
 * @param perClass  true positives, false positives and false negatives per class, {@value TrainedModel#NONE} included
 * @param macroF1   the mean F1 over all classes
 * @param macroF1Categories the mean F1 over the six categories, without {@value TrainedModel#NONE}
 */
public record CrossValidation(int folds, int documents, int lines, Map<String, ClassCounts> perClass,
                              double macroF1, double macroF1Categories) {

    /** Counts of one class. */
    public record ClassCounts(int tp, int fp, int fn) {
        public double precision() {
            return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Trains {@code folds} models, each on all but one fold of the corpus, and scores each on its fold. */
    public static CrossValidation run(Trainer trainer, Path corpusDir, Trainer.Settings settings, int folds)
            throws IOException {
        TrainingCorpus corpus = TrainingCorpus.read(corpusDir);
        List<TrainingCorpus.Doc> docs = corpus.docs();
        if (folds < 2 || folds > docs.size()) {
            throw new IOException("cannot make " + folds + " folds of " + docs.size() + " postings");
        }
        List<String[]> outcomes = new ArrayList<>();
        for (int fold = 0; fold < folds; fold++) {
            List<TrainingCorpus.Doc> train = new ArrayList<>();
            List<TrainingCorpus.Doc> test = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                (i % folds == fold ? test : train).add(docs.get(i));
            }
            TrainingCorpus training = corpus.subset(train);
            Vocabulary vocabulary = training.vocabulary();
            TrainedModel model = Trainer.train(trainer.samples(training, vocabulary), vocabulary, settings, train.size());
            Map<String, List<TrainingSample>> byLine = new LinkedHashMap<>();
            for (TrainingSample s : trainer.samples(corpus.subset(test), vocabulary)) {
                byLine.computeIfAbsent(s.doc() + "\u0000" + s.line(), k -> new ArrayList<>()).add(s);
            }
            for (List<TrainingSample> line : byLine.values()) {
                outcomes.add(new String[] {line.get(0).label(), predict(model, line)});
            }
        }
        return score(folds, docs.size(), outcomes);
    }

    /** The class of a line: the most likely category of any of its sentences, if it reaches the threshold. */
    static String predict(TrainedModel model, List<TrainingSample> line) {
        List<String> categories = model.categories();
        String best = TrainedModel.NONE;
        double bestP = -1;
        for (TrainingSample s : line) {
            double[] p = model.probabilities(s.features());
            for (int c = 0; c < p.length; c++) {
                if (!categories.get(c).equals(TrainedModel.NONE) && p[c] > bestP) {
                    bestP = p[c];
                    best = categories.get(c);
                }
            }
        }
        return bestP >= model.threshold() ? best : TrainedModel.NONE;
    }

    private static CrossValidation score(int folds, int documents, List<String[]> outcomes) {
        TreeSet<String> classes = new TreeSet<>();
        outcomes.forEach(o -> {
            classes.add(o[0]);
            classes.add(o[1]);
        });
        Map<String, ClassCounts> perClass = new LinkedHashMap<>();
        for (String c : classes) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (String[] o : outcomes) {
                boolean gold = o[0].equals(c);
                boolean predicted = o[1].equals(c);
                tp += gold && predicted ? 1 : 0;
                fp += !gold && predicted ? 1 : 0;
                fn += gold && !predicted ? 1 : 0;
            }
            perClass.put(c, new ClassCounts(tp, fp, fn));
        }
        double all = perClass.values().stream().mapToDouble(ClassCounts::f1).average().orElse(0);
        double categories = perClass.entrySet().stream().filter(e -> !e.getKey().equals(TrainedModel.NONE))
                .mapToDouble(e -> e.getValue().f1()).average().orElse(0);
        return new CrossValidation(folds, documents, outcomes.size(), perClass, all, categories);
    }
}
