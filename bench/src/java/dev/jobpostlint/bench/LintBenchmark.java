package dev.jobpostlint.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import dev.jobpostlint.LintResult;
import dev.jobpostlint.Linter;
import dev.jobpostlint.LinterOptions;
import dev.jobpostlint.extract.ExtractedText;
import dev.jobpostlint.extract.Extractor;

/**
 * The in-process stages on one thread, per posting: extraction of a file, and linting of extracted text on
 * the fast and on the naive path. Postings cycle through a generated corpus of 100 per format.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class LintBenchmark {

    @Param({"MD", "HTML", "DOCX", "PDF"})
    public CorpusGenerator.Format format;

    private Path dir;
    private List<Path> files;
    private List<ExtractedText> texts;
    private Extractor extractor;
    private Linter linter;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        dir = Files.createTempDirectory("jobpost-lint-jmh");
        CorpusGenerator.write(dir, 100, 42, format);
        try (Stream<Path> s = Files.list(dir)) {
            files = s.sorted().toList();
        }
        extractor = new Extractor(LinterOptions.DEFAULT_MAX_FILE_BYTES);
        linter = Linter.create(LinterOptions.defaults());
        texts = new ArrayList<>();
        for (Path f : files) {
            texts.add(extractor.extract(f));
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private int nextIndex() {
        int i = next;
        next = (next + 1) % files.size();
        return i;
    }

    @Benchmark
    public ExtractedText extract() throws Exception {
        return extractor.extract(files.get(nextIndex()));
    }

    @Benchmark
    public LintResult lintFast() {
        int i = nextIndex();
        return linter.lint(files.get(i).toString(), texts.get(i), false);
    }

    @Benchmark
    public LintResult lintNaive() {
        int i = nextIndex();
        return linter.lint(files.get(i).toString(), texts.get(i), true);
    }
}
