package dev.jobpostlint.rules;

import java.util.List;

/**
 * A second opinion beside the rules: a trained model that reads every sentence of a posting. The engine asks it
 * about each block and flags a sentence the rules did not flag when the classifier says so.
 */
public interface SentenceClassifier {

    /** One verdict per sentence of the block, in order; the neighbours are there for context. */
    List<ModelVerdict> classify(List<PostingSentence> block);
}
