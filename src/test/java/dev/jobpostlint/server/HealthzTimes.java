package dev.jobpostlint.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Asks {@code /healthz} every {@value #INTERVAL_MILLIS} ms while something else goes on, and keeps how long each
 * answer took, from sending the request to the last byte of the answer. No answer in {@value #TIMEOUT_SECONDS} s,
 * or another answer than 200 "ok", counts as a failure.
 */
final class HealthzTimes {

    private static final int INTERVAL_MILLIS = 200;
    private static final int TIMEOUT_SECONDS = 5;

    private final List<Long> millis = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();

    private HealthzTimes() {
    }

    /** Asks until {@code done} is true, at least once. */
    static HealthzTimes measureUntil(URI server, BooleanSupplier done) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(TIMEOUT_SECONDS)).build();
        HttpRequest request = HttpRequest.newBuilder(server.resolve("/healthz"))
                .timeout(Duration.ofSeconds(TIMEOUT_SECONDS)).GET().build();
        HealthzTimes times = new HealthzTimes();
        do {
            long start = System.nanoTime();
            try {
                HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() != 200 || !answer.body().strip().equals("ok")) {
                    times.failures.add(answer.statusCode() + " " + answer.body());
                }
            } catch (IOException e) {
                times.failures.add(e.toString());
            }
            times.millis.add((System.nanoTime() - start) / 1_000_000);
            Thread.sleep(INTERVAL_MILLIS);
        } while (!done.getAsBoolean());
        return times;
    }

    /** Asks for {@code duration}. */
    static HealthzTimes measureFor(URI server, Duration duration) throws InterruptedException {
        long end = System.nanoTime() + duration.toNanos();
        return measureUntil(server, () -> System.nanoTime() > end);
    }

    long maxMillis() {
        return millis.stream().mapToLong(Long::longValue).max().orElseThrow();
    }

    long medianMillis() {
        return millis.stream().sorted().skip(millis.size() / 2).findFirst().orElseThrow();
    }

    int count() {
        return millis.size();
    }

    List<String> failures() {
        return failures;
    }

    @Override
    public String toString() {
        return String.format("%d answers, median %d ms, slowest %d ms", count(), medianMillis(), maxMillis());
    }
}
