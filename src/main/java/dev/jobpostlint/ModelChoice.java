package dev.jobpostlint;

import java.nio.file.Path;

/**
 * Which trained model reads the sentences beside the rules.
 *
 * @param enabled   false to run the rules alone
 * @param file      a model file made by {@code train}, or null for the model built into the jar
 * @param threshold the probability from which the model flags a sentence, or null for the one stored in the model
 */
public record ModelChoice(boolean enabled, Path file, Double threshold) {

    /** The bundled model with its own threshold. */
    public static final ModelChoice BUNDLED = new ModelChoice(true, null, null);

    /** No model: the rules alone. */
    public static final ModelChoice OFF = new ModelChoice(false, null, null);
}
