package dev.jobpostlint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import dev.jobpostlint.LintResult;
import dev.jobpostlint.Linter;
import dev.jobpostlint.extract.SourceFormat;

/**
 * Checks inputs in parallel on a fixed pool (one thread per processor) and returns the results in input
 * order. A bug that surfaces on one posting becomes an error on that posting, so the run goes on.
 */
final class BatchLinter {

    private final Linter linter;
    private final InputStream stdin;
    private final PrintWriter verbose;
    private final boolean naive;
    private boolean keepTexts;
    private volatile Progress progress = Progress.NONE;
    private PrintWriter progressOut;
    private byte[] stdinBytes;
    private String stdinError;

    /** @param verbose where to print stack traces of internal errors, or null */
    BatchLinter(Linter linter, InputStream stdin, PrintWriter verbose) {
        this(linter, stdin, verbose, false);
    }

    /** @param naive run the full analysis on every sentence (for the benchmark and the equal-results test) */
    BatchLinter(Linter linter, InputStream stdin, PrintWriter verbose, boolean naive) {
        this.linter = linter;
        this.stdin = stdin;
        this.verbose = verbose;
        this.naive = naive;
    }

    /** Shows a progress bar on {@code err} (a terminal) while {@link #run} runs for longer than two seconds. */
    BatchLinter withProgress(PrintWriter err) {
        this.progressOut = err;
        return this;
    }

    /**
     * Keeps each posting's extracted text in its result, for a report that shows whole postings. Without it a
     * text is dropped as soon as its posting is checked, so a large run holds only findings.
     */
    BatchLinter keepingTexts() {
        this.keepTexts = true;
        return this;
    }

    List<LintResult> run(List<Input> inputs) {
        if (inputs.stream().anyMatch(i -> i instanceof Input.Stdin)) {
            readStdin();
        }
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), inputs.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        progress = progressOut == null ? Progress.NONE : Progress.start(progressOut, inputs.size());
        try {
            List<Future<LintResult>> futures = new ArrayList<>();
            for (Input input : inputs) {
                futures.add(pool.submit(() -> check(input)));
            }
            List<LintResult> results = new ArrayList<>(futures.size());
            for (int i = 0; i < futures.size(); i++) {
                results.add(await(futures.get(i), inputs.get(i)));
            }
            return results;
        } finally {
            pool.shutdownNow();
            progress.close();
        }
    }

    private LintResult check(Input input) {
        try {
            LintResult result = checkOne(input);
            return keepTexts ? result : result.withoutText();
        } finally {
            progress.advance();
        }
    }

    private LintResult checkOne(Input input) {
        try {
            if (input instanceof Input.File f) {
                return linter.lint(f.path(), f.displayPath(), naive);
            }
            if (input instanceof Input.Stdin) {
                return stdinError != null
                        ? LintResult.failed("-", SourceFormat.OTHER, stdinError)
                        : linter.lint("-", "-", stdinBytes);
            }
            Input.Unreadable u = (Input.Unreadable) input;
            return LintResult.failed(u.displayPath(), SourceFormat.OTHER, u.reason());
        } catch (RuntimeException | StackOverflowError e) {
            if (verbose != null) {
                synchronized (verbose) {
                    e.printStackTrace(verbose);
                    verbose.flush();
                }
            }
            return LintResult.failed(input.displayPath(), SourceFormat.OTHER, "internal error: " + e);
        }
    }

    private static LintResult await(Future<LintResult> future, Input input) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return LintResult.failed(input.displayPath(), SourceFormat.OTHER, "interrupted");
        } catch (ExecutionException e) {
            return LintResult.failed(input.displayPath(), SourceFormat.OTHER, "internal error: " + e.getCause());
        }
    }

    /** Read once, bounded, so several {@code -} share it and a huge stream cannot exhaust memory. */
    private void readStdin() {
        long max = linter.options().maxFileBytes();
        try {
            stdinBytes = stdin.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (stdinBytes.length > max) {
                stdinError = "larger than " + DataSizeConverter.format(max) + " (see --max-file-size)";
            }
        } catch (IOException e) {
            stdinError = "cannot read standard input: " + e.getMessage();
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "jobpost-lint-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
