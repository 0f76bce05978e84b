package dev.jobpostlint.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A one-line progress bar on standard error (files done, files/s, ETA), redrawn about five times a second
 * once a run has taken longer than {@link #DELAY_MS}, and erased when the run ends. Only for a terminal:
 * the caller decides, and {@link #NONE} does nothing.
 */
class Progress implements AutoCloseable {

    static final Progress NONE = new Progress();

    static final long DELAY_MS = 2000;
    private static final long PERIOD_MS = 200;
    private static final int BAR_WIDTH = 24;

    private final PrintWriter err;
    private final int total;
    private final AtomicInteger done = new AtomicInteger();
    private final long started = System.nanoTime();
    private final ScheduledExecutorService timer;
    private boolean drawn;

    private Progress() {
        this.err = null;
        this.total = 0;
        this.timer = null;
    }

    private Progress(PrintWriter err, int total, long delayMs) {
        this.err = err;
        this.total = total;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "jobpost-lint-progress");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(this::draw, delayMs, PERIOD_MS, TimeUnit.MILLISECONDS);
    }

    /** A bar for {@code total} files, drawn on {@code err}. */
    static Progress start(PrintWriter err, int total) {
        return start(err, total, DELAY_MS);
    }

    /** A bar first drawn after {@code delayMs}. */
    static Progress start(PrintWriter err, int total, long delayMs) {
        return new Progress(err, total, delayMs);
    }

    /** One more file is done. */
    void advance() {
        if (timer != null) {
            done.incrementAndGet();
        }
    }

    private synchronized void draw() {
        if (timer.isShutdown()) {
            return;
        }
        err.print("\r" + line(done.get(), total, (System.nanoTime() - started) / 1e9) + "\u001B[K");
        err.flush();
        drawn = true;
    }

    /** The bar as text, e.g. {@code [#####-----]  812/2000 files  406 files/s  ETA 3s}. */
    static String line(int done, int total, double seconds) {
        int filled = total == 0 ? BAR_WIDTH : (int) ((long) done * BAR_WIDTH / total);
        double rate = seconds > 0 ? done / seconds : 0;
        String eta = rate > 0 ? formatSeconds((total - done) / rate) : "?";
        return String.format(Locale.ROOT, "[%s%s] %d/%d files  %.0f files/s  ETA %s",
                "#".repeat(filled), "-".repeat(BAR_WIDTH - filled), done, total, rate, eta);
    }

    private static String formatSeconds(double s) {
        long secs = (long) Math.ceil(s);
        return secs < 60 ? secs + "s" : secs / 60 + "m" + String.format(Locale.ROOT, "%02d", secs % 60) + "s";
    }

    /** Stops the bar and erases it, leaving the cursor where the bar began. */
    @Override
    public void close() {
        if (timer == null) {
            return;
        }
        timer.shutdownNow();
        synchronized (this) {
            if (drawn) {
                err.print("\r\u001B[K");
                err.flush();
            }
        }
    }
}
