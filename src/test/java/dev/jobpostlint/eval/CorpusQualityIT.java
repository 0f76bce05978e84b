package dev.jobpostlint.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.jobpostlint.LintResult;
import dev.jobpostlint.Linter;
import dev.jobpostlint.LinterOptions;
import dev.jobpostlint.corpus.Labels;

/**
 * Detection quality on labelled corpora: the two committed ones and, where it lies beside the project,
 * the shared development corpus. Every language must keep precision and recall of at least 0.95. The shared
 * corpus of hard paraphrases, where it lies beside the project, must keep precision 0.92 and recall 0.90.
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
        Scores scores = score(corpus);
        assertThat(scores.byLanguage()).isNotEmpty();
        scores.byLanguage().forEach((language, counts) -> {
            assertThat(counts.precision()).as("%s precision in %s: %s", language, corpus, scores.falsePositives()).isGreaterThanOrEqualTo(BAR);
            assertThat(counts.recall()).as("%s recall in %s: %s", language, corpus, scores.falseNegatives()).isGreaterThanOrEqualTo(BAR);
        });
    }

    @Test
    void hardParaphrasesMeetTheirBar() throws Exception {
        Path hard = Path.of("..", "shared", "corpus", "hard");
        assumeTrue(Files.isRegularFile(hard.resolve("labels.json")), "the hard corpus is not beside the project");
        Scores scores = score(hard);
        assertThat(scores.overall().precision()).as("precision: %s", scores.falsePositives()).isGreaterThanOrEqualTo(0.92);
        assertThat(scores.overall().recall()).as("recall: %s", scores.falseNegatives()).isGreaterThanOrEqualTo(0.90);
    }

    private static Scores score(Path corpus) throws Exception {
        Labels labels = Labels.read(corpus.resolve("labels.json"));
        List<LintResult> results = new ArrayList<>();
        for (String doc : labels.docs().keySet()) {
            results.add(linter.lint(corpus.resolve("docs").resolve(doc), doc));
        }
        return new CorpusScorer(labels).score(results);
    }
}
