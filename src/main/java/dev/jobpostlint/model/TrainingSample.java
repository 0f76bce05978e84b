package dev.jobpostlint.model;

/**
 * One sentence of a training corpus with its features and its class.
 *
 * @param doc      the posting it comes from, for cross-validation folds that keep a posting together
 * @param line     its line in the posting
 * @param label    one of the six categories or {@value TrainedModel#NONE}
 * @param features what {@link SentenceFeatures} made of it
 */
record TrainingSample(String doc, int line, String label, String text, String[] features) {
}
