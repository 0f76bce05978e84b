package dev.jobpostlint.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.jobpostlint.nlp.NlpModels;
import dev.jobpostlint.rules.RuleCatalog;
import dev.jobpostlint.testing.TrainingCorpora;

class TrainerTest {

    private static Trainer trainer;
    private static Path corpus;

    @BeforeAll
    static void trainer(@TempDir Path dir) throws Exception {
        trainer = new Trainer(RuleCatalog.load(List.of()), new NlpModels());
        corpus = TrainingCorpora.small(dir, 6);
    }

    @Test
    void sameCorpusGivesTheSameModelBytes() throws IOException {
        byte[] first = bytes(trainer.train(corpus, Trainer.DEFAULTS));
        byte[] second = bytes(trainer.train(corpus, Trainer.DEFAULTS));
        assertThat(second).isEqualTo(first);
    }

    @Test
    void modelReadBackGivesTheSameProbabilities() throws IOException {
        TrainedModel model = trainer.train(corpus, Trainer.DEFAULTS.withThreshold(0.62));
        TrainedModel read = TrainedModel.read(new ByteArrayInputStream(bytes(model)));
        String[] features = {"bias", "sec=requirements", "s=follow", "c=AUDIENCE", "o=AUDIENCE:cand", "mag=4"};
        assertThat(read.probabilities(features)).containsExactly(model.probabilities(features));
        assertThat(read.threshold()).isEqualTo(0.62);
        assertThat(read.categories()).containsExactlyInAnyOrderElementsOf(model.categories());
        assertThat(read.info()).isEqualTo(model.info());
    }

    @Test
    void recordsHowItWasTrained() throws IOException {
        TrainedModel model = trainer.train(corpus, Trainer.DEFAULTS);
        assertThat(model.info().documents()).isEqualTo(12);
        assertThat(model.info().algorithm()).isEqualTo("MAXENT_QN");
        assertThat(model.info().sentences()).containsKeys(TrainedModel.NONE, "follower-count", "profile-as-credential");
        assertThat(model.categories()).contains(TrainedModel.NONE, "on-camera-persona");
    }

    @Test
    void aCorpusWithoutPositivesIsRefusedWithAReason(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("docs"));
        Files.writeString(dir.resolve("docs/a.md"), "# Job\n\n- Du planst unsere Kampagnen.\n");
        Files.writeString(dir.resolve("labels.json"), "{\"docs\": {\"a.md\": {\"lang\": \"de\", \"positives\": []}}}");
        assertThatThrownBy(() -> trainer.train(dir, Trainer.DEFAULTS))
                .isInstanceOf(IOException.class).hasMessage("the corpus has no positive sentence to learn from");
    }

    @Test
    void aFolderThatIsNoCorpusIsRefusedWithAReason(@TempDir Path dir) {
        assertThatThrownBy(() -> trainer.train(dir, Trainer.DEFAULTS))
                .isInstanceOf(IOException.class).hasMessageEndingWith(": not a corpus (needs docs/ and labels.json)");
    }

    @Test
    void settingsOutOfRangeAreRefused() {
        assertThatThrownBy(() -> new Trainer.Settings("SVM", 10, 1, 0.5)).hasMessageContaining("unknown algorithm");
        assertThatThrownBy(() -> new Trainer.Settings("MAXENT", 10, 1, 0)).hasMessageContaining("threshold");
    }

    private static byte[] bytes(TrainedModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        return out.toByteArray();
    }
}
