package dev.jobpostlint.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFileTest {

    @Test
    void theBundledModelLoadsWithItsThreshold() {
        TrainedModel model = TrainedModel.bundled();
        assertThat(model.threshold()).isBetween(0.3, 0.95);
        assertThat(model.categories()).hasSize(7).contains(TrainedModel.NONE, "follower-count", "personal-reach",
                "influencer-status", "profile-as-credential", "on-camera-persona", "monetized-reach");
    }

    @Test
    void aMissingFileIsOneLine(@TempDir Path dir) {
        Path file = dir.resolve("nothing.bin");
        assertThatThrownBy(() -> TrainedModel.read(file))
                .isInstanceOf(ModelFileException.class).hasMessage(file + ": no such file");
    }

    @Test
    void aFileThatIsNoModelIsOneLine(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("notes.bin"), "just some text\n");
        assertThatThrownBy(() -> TrainedModel.read(file))
                .isInstanceOf(ModelFileException.class)
                .hasMessage(file + ": not a jobpost-lint model file (no model.properties)");
    }

    @Test
    void aModelWithOtherFeaturesIsRefused(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("old.bin");
        Files.write(file, zip(Map.of("model.properties", "format=1\nfeatures=0\nthreshold=0.5\n",
                "vocabulary.txt", "", "weights.bin", "")));
        assertThatThrownBy(() -> TrainedModel.read(file))
                .isInstanceOf(ModelFileException.class)
                .hasMessageContaining("trained with features version 0").hasMessageEndingWith("train it again");
    }

    @Test
    void brokenWeightsAreOneLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.bin");
        Files.write(file, zip(Map.of("model.properties", "format=1\nfeatures=" + SentenceFeatures.VERSION
                + "\nthreshold=0.5\n", "vocabulary.txt", "", "weights.bin", "garbage")));
        assertThatThrownBy(() -> TrainedModel.read(file))
                .isInstanceOf(ModelFileException.class).hasMessageStartingWith(file + ": ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    private static byte[] zip(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
