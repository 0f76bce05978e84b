package dev.jobpostlint.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the {@code jobpost-lint} launcher script as a user does, in a working directory of the test's choosing,
 * and measures the run: wall time and the peak resident memory of the JVM the script becomes.
 */
public final class Launcher {

    /** The script at the root of the checkout; the tests run from there. */
    public static final Path SCRIPT = Path.of("jobpost-lint").toAbsolutePath();

    private static final long GIVE_UP_SECONDS = 120;

    /**
     * What a run gave. {@code peakRssMb} is the JVM's high-water mark of resident memory, read from
     * {@code /proc} while it ran; 0 where there is no {@code /proc}.
     */
    public record Run(int exitCode, String out, String err, double seconds, long peakRssMb) {

        /** The lines of standard error. */
        public List<String> errLines() {
            return err.lines().toList();
        }
    }

    private Launcher() {
    }

    /** Runs the launcher once with no input, so that later runs find the jar and its class data archive ready. */
    public static void warmUp(Path dir) throws IOException, InterruptedException {
        run(dir, "--version");
    }

    public static Run run(Path workingDir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(SCRIPT.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("launcher-out", ".txt");
        Path err = Files.createTempFile("launcher-err", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().put("NO_COLOR", "1");
            builder.environment().remove("JOBPOST_LINT_JAVA_OPTS");
            long started = System.nanoTime();
            Process process = builder.start();
            process.getOutputStream().close();
            long peakKb = 0;
            // the script execs the JVM: the process keeps its pid, and /proc shows the JVM's memory
            Path status = Path.of("/proc", Long.toString(process.pid()), "status");
            while (!process.waitFor(20, TimeUnit.MILLISECONDS)) {
                peakKb = Math.max(peakKb, highWaterMarkKb(status));
                if (System.nanoTime() - started > TimeUnit.SECONDS.toNanos(GIVE_UP_SECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError("still running after " + GIVE_UP_SECONDS + " s: " + command);
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8), seconds, peakKb / 1024);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static long highWaterMarkKb(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException gone) {
            // the process ended between two looks
        }
        return 0;
    }
}
