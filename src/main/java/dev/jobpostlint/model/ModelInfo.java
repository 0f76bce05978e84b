package dev.jobpostlint.model;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a model was trained, as its file records it.
 *
 * @param algorithm the OpenNLP trainer ("MAXENT_QN", "MAXENT", "PERCEPTRON")
 * @param documents the number of postings of the training corpus
 * @param sentences the number of training sentences per class
 */
public record ModelInfo(String algorithm, int iterations, int cutoff, int documents, Map<String, Integer> sentences) {
    public ModelInfo {
        sentences = Collections.unmodifiableSortedMap(new TreeMap<>(sentences));
    }
}
