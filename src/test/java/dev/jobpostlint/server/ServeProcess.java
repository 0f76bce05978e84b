package dev.jobpostlint.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code serve} as the launcher runs it: the packaged jar in a JVM of its own with the launcher's flags for
 * {@code serve} (read from {@code ./jobpost-lint}, so the tests follow any change there), on a port the server
 * picks itself, logging one line per request to a file. Extra JVM flags come after the launcher's and win.
 */
final class ServeProcess implements AutoCloseable {

    private static final Path JAR = Path.of("target", "jobpost-lint.jar");
    private static final Path LAUNCHER = Path.of("jobpost-lint");
    private static final Pattern ADDRESS = Pattern.compile("is running at (http://\\S+/)");
    private static final Pattern COMMON_FLAGS = Pattern.compile("(?m)^flags=\\(([^)]*)\\)$");
    private static final Pattern SERVE_FLAGS = Pattern.compile("== serve ]]; then\\s+flags\\+=\\(([^)]*)\\)");

    private final Process process;
    private final Path log;
    private final URI uri;

    private ServeProcess(Process process, Path log, URI uri) {
        this.process = process;
        this.log = log;
        this.uri = uri;
    }

    /** Starts {@code serve --port 0 --verbose} and waits until it prints its address. */
    static ServeProcess start(Path dir, String... extraJvmFlags) throws Exception {
        assertThat(JAR).as("run after package: %s", JAR).exists();
        Path tmp = Files.createTempDirectory(dir, "server-tmp");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(launcherFlagsForServe());
        command.addAll(List.of(extraJvmFlags));
        command.addAll(List.of("-Djava.io.tmpdir=" + tmp, "-jar", JAR.toString(), "serve", "--port", "0", "--verbose"));
        Path log = Files.createTempFile(dir, "serve", ".log");
        Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String line = CompletableFuture.supplyAsync(() -> readLine(out)).get(120, TimeUnit.SECONDS);
            Matcher m = ADDRESS.matcher(String.valueOf(line));
            assertThat(m.find()).as("serve printed its address: %s; its log: %s", line, Files.readString(log)).isTrue();
            return new ServeProcess(process, log, URI.create(m.group(1)));
        } catch (Exception | AssertionError e) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw e;
        }
    }

    /** The JVM flags {@code ./jobpost-lint} gives every command, and those it adds for {@code serve} (the heap). */
    static List<String> launcherFlagsForServe() throws IOException {
        String script = Files.readString(LAUNCHER);
        Matcher common = COMMON_FLAGS.matcher(script);
        Matcher serve = SERVE_FLAGS.matcher(script);
        assertThat(common.find()).as("flags=(...) in %s", LAUNCHER).isTrue();
        assertThat(serve.find()).as("flags+=(...) for serve in %s", LAUNCHER).isTrue();
        List<String> flags = new ArrayList<>(Arrays.asList(common.group(1).trim().split("\\s+")));
        flags.addAll(Arrays.asList(serve.group(1).trim().split("\\s+")));
        return flags;
    }

    private static String readLine(BufferedReader reader) {
        try {
            return reader.readLine();
        } catch (IOException e) {
            return null;
        }
    }

    URI uri() {
        return uri;
    }

    int port() {
        return uri.getPort();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** What the server wrote to standard error: one line per request, and anything that went wrong. */
    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server's resident memory now, or at its peak, in MB, from /proc; -1 where there is none. */
    long residentMegabytes(boolean peak) {
        Path status = Path.of("/proc", String.valueOf(process.pid()), "status");
        try {
            String key = peak ? "VmHWM:" : "VmRSS:";
            return Files.readAllLines(status).stream().filter(l -> l.startsWith(key))
                    .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024).findFirst().orElse(-1);
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
