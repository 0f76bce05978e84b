package dev.jobpostlint.model;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.jobpostlint.nlp.NlpModels;
import dev.jobpostlint.rules.RuleCatalog;
import dev.jobpostlint.rules.RuleFileException;

/**
 * The build step that trains the bundled model: {@code ModelBuilder CORPUS TARGET_FILE THRESHOLD} trains on the
 * corpus with {@link Trainer#DEFAULTS} and the built-in rules' lexicon, and writes the model. The same corpus
 * gives the same bytes.
 */
public final class ModelBuilder {

    private ModelBuilder() {
    }

    public static void main(String[] args) throws IOException, RuleFileException {
        Path corpus = Path.of(args[0]);
        Path target = Path.of(args[1]);
        Trainer.Settings settings = Trainer.DEFAULTS.withThreshold(Double.parseDouble(args[2]));
        TrainedModel model = new Trainer(RuleCatalog.load(List.of()), new NlpModels()).train(corpus, settings);
        Files.createDirectories(target.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(target)) {
            model.write(out);
        }
    }
}
