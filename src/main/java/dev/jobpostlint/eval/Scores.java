package dev.jobpostlint.eval;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome of scoring a run against a corpus.
 *
 * @param byLanguage     counts per document language, sorted by language
 * @param byCategory     per taxonomy category: tp and fn from the positives' categories, fp from the
 *                       categories of the rules that fired on a line that is not a positive
 * @param missingDocs    labelled documents that had no result
 * @param unlabelled     results whose file matches no labelled document
 */
public record Scores(Map<String, Counts> byLanguage, Counts overall, Map<String, Counts> byCategory,
                     List<FalsePositive> falsePositives, List<FalseNegative> falseNegatives,
                     List<String> missingDocs, List<String> unlabelled, int docsScored, int docsLabelled) {

    public Scores {
        byLanguage = Collections.unmodifiableSortedMap(new TreeMap<>(byLanguage));
        byCategory = Collections.unmodifiableSortedMap(new TreeMap<>(byCategory));
        falsePositives = List.copyOf(falsePositives);
        falseNegatives = List.copyOf(falseNegatives);
        missingDocs = List.copyOf(missingDocs);
        unlabelled = List.copyOf(unlabelled);
    }

    /**
     * A line that was flagged but is not a positive.
     *
     * @param where    the line number, or {@code excerpt:<text>} when the finding could not be placed on a line
     * @param hardNegative the labelled negative's text, or null for an unlabelled line
     */
    public record FalsePositive(String doc, String where, String ruleId, String category, String excerpt,
                                String sentence, String hardNegative) {
    }

    /** A positive line that no finding hit. */
    public record FalseNegative(String doc, int line, String category, String text) {
    }
}
