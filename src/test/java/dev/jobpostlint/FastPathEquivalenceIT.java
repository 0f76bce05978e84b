package dev.jobpostlint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.jobpostlint.bench.CorpusGenerator;

/**
 * The fast path (lexical prefilter, tagger and lemmatizer only where a pattern asks) must find exactly what
 * the naive path (every sentence tokenized, tagged and lemmatized, every rule run on it) finds: same
 * findings, same spans, same locations, same suggestions.
 */
class FastPathEquivalenceIT {

    private static final long SEED = 7;
    private static final int PER_FORMAT = 12;

    private static Linter linter;

    @TempDir
    static Path corpus;

    @BeforeAll
    static void createLinter() throws Exception {
        linter = Linter.create(LinterOptions.defaults());
    }

    @Test
    void devCorpusGivesTheSameFindingsOnBothPaths() throws IOException {
        // CI checks out ../shared beside the project; elsewhere the dev corpus may be absent.
        Path docs = Path.of("").toAbsolutePath().resolve("../shared/corpus/dev/docs").normalize();
        assumeTrue(Files.isDirectory(docs), "no dev corpus at " + docs);
        int findings = assertSameFindings(docs);
        assertThat(findings).as("findings in the dev corpus").isPositive();
    }

    @ParameterizedTest
    @EnumSource(CorpusGenerator.Format.class)
    void benchmarkCorpusGivesTheSameFindingsOnBothPaths(CorpusGenerator.Format format) throws IOException {
        Path dir = corpus.resolve(format.name());
        CorpusGenerator.write(dir, PER_FORMAT, SEED, format);
        int findings = assertSameFindings(dir);
        assertThat(findings).as("findings in the generated %s postings", format).isPositive();
    }

    private static int assertSameFindings(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        int findings = 0;
        for (Path file : files) {
            LintResult fast = linter.lint(file, file.toString(), false);
            LintResult naive = linter.lint(file, file.toString(), true);
            assertThat(fast.error()).as("error on %s", file).isNull();
            // Each path extracts the file anew; the extracted text is compared by its content, not identity.
            assertThat(fast).as("fast and naive results for %s", file)
                    .usingRecursiveComparison().ignoringFields("text.sourceMap").isEqualTo(naive);
            assertThat(fast.text().text()).isEqualTo(naive.text().text());
            findings += fast.findings().size();
        }
        return findings;
    }
}
