package dev.jobpostlint.rules;

/**
 * What a {@link SentenceClassifier} says of one sentence.
 *
 * @param category    the most likely of the six categories
 * @param probability the model's probability of that category
 * @param none        the model's probability that the sentence asks for nothing of the kind
 * @param flags       whether the probability reaches the model's threshold
 * @param markFrom    the first token of the clause that carries the verdict, for the excerpt of a finding
 * @param markTo      the token after that clause
 */
public record ModelVerdict(String category, double probability, double none, boolean flags, int markFrom,
                           int markTo) {
}
