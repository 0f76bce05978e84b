package dev.jobpostlint.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome of scoring a run against a corpus.
 *
 * @param byLanguage     counts per document language, sorted by language
 * @param byCategory     per taxonomy category: tp and fn from the positives' categories, fp from the
 *                       categories of the rules that fired on a line that is not a positive
 * @param sources        per language and per category, which source found the positives; under "false
 *                       positives", which flagged the other lines
 * @param doubts         rule findings whose sentence the model is sure asks for nothing of the kind
 * @param missingDocs    labelled documents that had no result
 * @param unlabelled     results whose file matches no labelled document
 */
public record Scores(Map<String, Counts> byLanguage, Counts overall, Map<String, Counts> byCategory,
                     Map<String, Sources> sources, List<FalsePositive> falsePositives,
                     List<FalseNegative> falseNegatives, List<Doubt> doubts,
                     List<String> missingDocs, List<String> unlabelled, int docsScored, int docsLabelled) {

    /** The row of {@link #sources()} that counts the false positives. */
    public static final String FALSE_POSITIVES = "false positives";

    public Scores {
        byLanguage = Collections.unmodifiableSortedMap(new TreeMap<>(byLanguage));
        byCategory = Collections.unmodifiableSortedMap(new TreeMap<>(byCategory));
        sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
        doubts = List.copyOf(doubts);
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

    /**
     * Flagged lines by where the flag came from: a rule alone (the model did not reach its threshold or did not
     * run), the model alone, or a rule the model agreed with; {@code missed} counts positives nobody flagged.
     */
    public record Sources(int ruleOnly, int modelOnly, int both, int missed) {
        public static final Sources ZERO = new Sources(0, 0, 0, 0);

        public Sources plus(Sources o) {
            return new Sources(ruleOnly + o.ruleOnly, modelOnly + o.modelOnly, both + o.both, missed + o.missed);
        }
    }

    /**
     * A rule's finding on a line where the model gives "nothing of the kind" a probability of at least
     * {@link CorpusScorer#DOUBT}; the rule stands, and {@code label} says who was right.
     *
     * @param label "positive", "hard negative" or "unlabelled"
     */
    public record Doubt(String doc, String where, String ruleId, String sentence, double none, String label) {
    }

    /** A positive line that no finding hit. */
    public record FalseNegative(String doc, int line, String category, String text) {
    }
}
