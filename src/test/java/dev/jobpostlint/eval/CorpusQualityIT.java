package dev.jobpostlint.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.jobpostlint.LintResult;
import dev.jobpostlint.Linter;
import dev.jobpostlint.LinterOptions;

/**
 * Detection quality on labelled corpora: the two committed ones and, where it lies beside the project,
 * the shared development corpus. Every language must keep precision and recall of at least 0.95.
 */
class CorpusQualityIT {

    private static final double BAR = 0.95;
    private static Linter linter;

    @BeforeAll
    static void createLinter() throws Exception {
        linter = Linter.create(LinterOptions.defaults());
    }

    static Stream<Path> corpora() {
        List<Path> corpora = new ArrayList<>(List.of(
                Path.of("src/test/resources/corpus/held-de"), Path.of("src/test/resources/corpus/held-en")));
        Path shared = Path.of("..", "shared", "corpus", "dev");
        if (Files.isRegularFile(shared.resolve("labels.json"))) {
            corpora.add(shared);
        }
        return corpora.stream();
    }

    @ParameterizedTest
    @MethodSource("corpora")
    void everyLanguageMeetsTheBar(Path corpus) throws Exception {
        Labels labels = Labels.read(corpus.resolve("labels.json"));
        List<LintResult> results = new ArrayList<>();
        for (String doc : labels.docs().keySet()) {
            results.add(linter.lint(corpus.resolve("docs").resolve(doc), doc));
        }
        Scores scores = new CorpusScorer(labels).score(results);
        assertThat(scores.byLanguage()).isNotEmpty();
        scores.byLanguage().forEach((language, counts) -> {
            assertThat(counts.precision()).as("%s precision in %s: %s", language, corpus, scores.falsePositives()).isGreaterThanOrEqualTo(BAR);
            assertThat(counts.recall()).as("%s recall in %s: %s", language, corpus, scores.falseNegatives()).isGreaterThanOrEqualTo(BAR);
        });
    }
}
