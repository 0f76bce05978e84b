package dev.jobpostlint.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.jobpostlint.corpus.Labels;
import dev.jobpostlint.nlp.NlpModels;
import dev.jobpostlint.rules.RuleCatalog;
import dev.jobpostlint.testing.TrainingCorpora;

/** The model in the jar is the one the training corpus in the repository gives, byte for byte. */
class BundledModelIT {

    @Test
    void trainingOnTheRepositorysCorpusGivesTheBundledModel() throws Exception {
        byte[] bundled;
        try (InputStream in = ModelFile.class.getResourceAsStream(ModelFile.BUNDLED)) {
            bundled = in.readAllBytes();
        }
        double threshold = TrainedModel.bundled().threshold();
        TrainedModel trained = new Trainer(RuleCatalog.load(List.of()), new NlpModels())
                .train(TrainingCorpora.TRAIN, Trainer.DEFAULTS.withThreshold(threshold));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        trained.write(out);
        assertThat(out.toByteArray()).isEqualTo(bundled);
        assertThat(trained.info().documents())
                .isEqualTo(Labels.read(TrainingCorpora.TRAIN.resolve("labels.json")).docs().size());
    }
}
