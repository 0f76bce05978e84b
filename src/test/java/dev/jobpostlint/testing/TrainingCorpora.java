package dev.jobpostlint.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Small labelled corpora for training tests, taken from the repository's training corpus (corpus/train). */
public final class TrainingCorpora {

    /** The training corpus the bundled model is built from. */
    public static final Path TRAIN = Path.of("corpus/train");

    private static final ObjectMapper JSON = new ObjectMapper();

    private TrainingCorpora() {
    }

    /**
     * A corpus in {@code dir} of the first {@code perLanguage} postings of each language of corpus/train, with
     * their labels: enough for a model that learns something, small enough to train in a second.
     */
    public static Path small(Path dir, int perLanguage) {
        try {
            JsonNode docs = JSON.readTree(TRAIN.resolve("labels.json").toFile()).get("docs");
            Map<String, JsonNode> kept = new TreeMap<>();
            for (String lang : List.of("de", "en")) {
                List<String> names = new ArrayList<>();
                docs.fieldNames().forEachRemaining(n -> {
                    if (docs.get(n).path("lang").asText().equals(lang)) {
                        names.add(n);
                    }
                });
                names.stream().sorted().limit(perLanguage).forEach(n -> kept.put(n, docs.get(n)));
            }
            Files.createDirectories(dir.resolve("docs"));
            ObjectNode labels = JSON.createObjectNode();
            ObjectNode out = labels.putObject("docs");
            for (Map.Entry<String, JsonNode> e : kept.entrySet()) {
                Files.copy(TRAIN.resolve("docs").resolve(e.getKey()), dir.resolve("docs").resolve(e.getKey()));
                out.set(e.getKey(), e.getValue());
            }
            JSON.writeValue(dir.resolve("labels.json").toFile(), labels);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
