package dev.jobpostlint.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.jobpostlint.testing.TrainingCorpora;

/** The training corpus in the repository is what its README says: labels that match their lines, and enough of them. */
class TrainingCorpusTest {

    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+");
    private static final List<String> CATEGORIES = List.of("follower-count", "personal-reach", "influencer-status",
            "profile-as-credential", "on-camera-persona", "monetized-reach");

    private static Labels labels;

    @BeforeAll
    static void read() throws IOException {
        labels = Labels.read(TrainingCorpora.TRAIN.resolve("labels.json"));
    }

    @Test
    void everyLabelledLineHoldsItsText() throws IOException {
        for (Map.Entry<String, Labels.Doc> e : labels.docs().entrySet()) {
            List<String> lines = Files.readAllLines(TrainingCorpora.TRAIN.resolve("docs").resolve(e.getKey()),
                    StandardCharsets.UTF_8);
            Set<Integer> seen = new HashSet<>();
            Labels.Doc doc = e.getValue();
            for (List<Labels.Line> kind : List.of(doc.positives(), doc.negatives(), doc.ambiguous())) {
                for (Labels.Line l : kind) {
                    assertThat(seen.add(l.line())).as("%s:%d is labelled twice", e.getKey(), l.line()).isTrue();
                    assertThat(BULLET.matcher(lines.get(l.line() - 1)).replaceFirst("").strip())
                            .as("%s:%d", e.getKey(), l.line()).isEqualTo(l.text());
                }
            }
        }
    }

    @Test
    void postingsAreNamedByLanguageAndUseTheSixCategories() {
        labels.docs().forEach((name, doc) -> {
            assertThat(name).startsWith(doc.lang() + "-").endsWith(".md");
            doc.positives().forEach(p -> assertThat(CATEGORIES).as("%s:%d", name, p.line()).contains(p.category()));
        });
    }

    @Test
    void hasTheSizeTheModelWasAskedToLearnFrom() {
        Map<String, Integer> positives = new HashMap<>();
        int negatives = 0;
        for (Labels.Doc doc : labels.docs().values()) {
            doc.positives().forEach(p -> positives.merge(doc.lang() + "/" + p.category(), 1, Integer::sum));
            negatives += doc.negatives().size();
        }
        int positiveCount = positives.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(positiveCount).isGreaterThanOrEqualTo(1200);
        assertThat(negatives).isGreaterThanOrEqualTo(1800);
        assertThat(positiveCount + negatives).isGreaterThanOrEqualTo(3000);
        for (String lang : List.of("de", "en")) {
            for (String category : CATEGORIES) {
                assertThat(positives.getOrDefault(lang + "/" + category, 0)).as("%s %s", lang, category)
                        .isGreaterThanOrEqualTo(80);
            }
        }
    }

    @Test
    void sharesNoLabelledLineWithTheTestCorpora() throws IOException {
        Set<String> trainLines = new HashSet<>();
        for (String name : labels.docs().keySet()) {
            Files.readAllLines(TrainingCorpora.TRAIN.resolve("docs").resolve(name), StandardCharsets.UTF_8).stream()
                    .map(l -> BULLET.matcher(l).replaceFirst("").strip()).forEach(trainLines::add);
        }
        for (String test : List.of("dev", "hard")) {
            Path file = Path.of("..", "shared", "corpus", test, "labels.json");
            if (!Files.isRegularFile(file)) {
                continue;
            }
            Labels.read(file).docs().forEach((name, doc) -> {
                for (List<Labels.Line> kind : List.of(doc.positives(), doc.negatives(), doc.ambiguous())) {
                    kind.forEach(l -> assertThat(trainLines).as("%s/%s:%d in the training corpus", test, name, l.line())
                            .doesNotContain(l.text()));
                }
            });
        }
    }
}
