package dev.jobpostlint.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import dev.jobpostlint.Linter;
import dev.jobpostlint.LinterOptions;
import dev.jobpostlint.extract.ExtractedText;
import dev.jobpostlint.extract.Extractor;

/**
 * Times (in CPU time of the one thread) the in-process stages over a corpus folder, after warming up: extraction alone, and
 * linting of already extracted text on the fast and on the naive path. Complements the end-to-end figures
 * of {@code bench/run.sh}, which include JVM start-up and parallelism.
 *
 * <pre>java -cp target/test-classes:target/jobpost-lint.jar dev.jobpostlint.bench.InProcessBench DIR [ROUNDS] [--naive]</pre>
 * With {@code --naive} the last round also times the naive path (slow: use a small folder).
 */
public final class InProcessBench {

    private InProcessBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        boolean naive = args.length > 2 && args[2].equals("--naive");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.sorted().toList();
        }
        Extractor extractor = new Extractor(LinterOptions.DEFAULT_MAX_FILE_BYTES);
        Linter linter = Linter.create(LinterOptions.defaults());
        List<ExtractedText> texts = new ArrayList<>();
        long chars = 0;
        for (Path f : files) {
            ExtractedText t = extractor.extract(f);
            texts.add(t);
            chars += t.text().length();
        }
        System.out.printf(Locale.ROOT, "%d postings, %.1f MB of extracted text%n", texts.size(), chars / 1e6);
        for (int r = 0; r < rounds; r++) {
            long t0 = cpu();
            for (Path f : files) {
                extractor.extract(f);
            }
            long t1 = cpu();
            int findings = 0;
            for (int i = 0; i < texts.size(); i++) {
                findings += linter.lint(files.get(i).toString(), texts.get(i), false).findings().size();
            }
            long t2 = cpu();
            int naiveFindings = 0;
            if (naive && r == rounds - 1) {
                for (int i = 0; i < texts.size(); i++) {
                    naiveFindings += linter.lint(files.get(i).toString(), texts.get(i), true).findings().size();
                }
            }
            long t3 = cpu();
            System.out.printf(Locale.ROOT, "round %d (per CPU second): extract %.0f/s, lint fast %.0f/s (%d findings)%s%n", r,
                    rate(files.size(), t1 - t0), rate(files.size(), t2 - t1), findings,
                    naive && r == rounds - 1 ? String.format(Locale.ROOT, ", naive %.0f/s (%d findings)",
                            rate(files.size(), t3 - t2), naiveFindings) : "");
        }
    }

    /** CPU time of this thread: other jobs on a shared machine change wall time, hardly this. */
    private static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static double rate(int n, long nanos) {
        return n / (nanos / 1e9);
    }
}
