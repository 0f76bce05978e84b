package dev.jobpostlint.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code serve} under load, as the launcher starts it (a 1 GB heap): slow clients hold connection threads but
 * neither {@code /healthz} nor a quick check; four uploads of the costliest posting it accepts all get an answer
 * while {@code /healthz} stays quick; and the server itself cuts the slow clients off once their request has taken
 * {@value CheckServer#REQUEST_SECONDS} s. The slow clients stay connected through the uploads, so the last test
 * waits little for their cut-off.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ServeLoadIT {

    /** What "answers quickly" means for {@code /healthz} here, on a shared 2-core machine. */
    private static final long HEALTHZ_MILLIS = 1000;
    private static final int SLOW_CLIENTS = 8;
    private static final int WORST_UPLOADS = 4;

    @TempDir
    static Path work;

    private static ServeProcess serve;
    private static Http http;
    private static final List<SlowClient> slowClients = new ArrayList<>();
    private static ScheduledExecutorService trickle;

    @BeforeAll
    static void start() throws Exception {
        serve = ServeProcess.start(work);
        http = new Http(serve.uri());
    }

    @AfterAll
    static void stop() throws Exception {
        if (trickle != null) {
            trickle.shutdownNow();
        }
        for (SlowClient client : slowClients) {
            client.close();
        }
        if (serve != null) {
            serve.close();
        }
    }

    @Test
    @Order(1)
    void slowClientsHoldUpNeitherHealthzNorAQuickCheck() throws Exception {
        for (int i = 0; i < SLOW_CLIENTS / 2; i++) {
            slowClients.add(SlowClient.endlessHeader(serve.port()));
            slowClients.add(SlowClient.slowUpload(serve.port()));
        }
        trickle = Executors.newSingleThreadScheduledExecutor();
        trickle.scheduleAtFixedRate(() -> slowClients.forEach(SlowClient::sendNextByte), 2, 2, TimeUnit.SECONDS);

        HealthzTimes healthz = HealthzTimes.measureFor(serve.uri(), Duration.ofSeconds(6));
        ServePostings.assertSmallPostingIsChecked(http);

        System.out.printf("serve: /healthz beside %d slow clients: %s%n", SLOW_CLIENTS, healthz);
        assertThat(healthz.failures()).isEmpty();
        assertThat(healthz.maxMillis()).as(healthz.toString()).isLessThan(HEALTHZ_MILLIS);
        assertThat(slowClients).as("still connected while measured").noneMatch(SlowClient::closedByServer);
    }

    @Test
    @Order(2)
    void fourUploadsOfTheCostliestPostingAllGetAnAnswerWhileHealthzStaysQuick() throws Exception {
        byte[] worst = ServePostings.worstMarkdown();
        ExecutorService clients = Executors.newFixedThreadPool(WORST_UPLOADS);
        long start = System.nanoTime();
        List<CompletableFuture<Http.Answer>> uploads = new ArrayList<>();
        for (int i = 0; i < WORST_UPLOADS; i++) {
            uploads.add(CompletableFuture.supplyAsync(() -> http.postFile("file", "worst.md", "text/markdown", worst), clients));
        }
        long[] peakRss = {0};
        HealthzTimes healthz = HealthzTimes.measureUntil(serve.uri(), () -> {
            peakRss[0] = Math.max(peakRss[0], serve.residentMegabytes(false));
            return uploads.stream().allMatch(CompletableFuture::isDone);
        });
        long seconds = (System.nanoTime() - start) / 1_000_000_000;
        clients.shutdown();

        List<String> statuses = new ArrayList<>();
        for (CompletableFuture<Http.Answer> upload : uploads) {
            Http.Answer answer = upload.get();
            statuses.add(String.valueOf(answer.status()));
            assertAnsweredOrBusy(answer);
        }
        System.out.printf("serve: %d uploads of %.1f MB of Markdown: %s in %d s; /healthz meanwhile: %s; "
                + "server RSS up to %d MB%n", WORST_UPLOADS, worst.length / 1e6, statuses, seconds, healthz, peakRss[0]);
        assertThat(statuses).as("the heap holds at least one").contains("200");
        assertThat(healthz.failures()).isEmpty();
        assertThat(healthz.maxMillis()).as(healthz.toString()).isLessThan(HEALTHZ_MILLIS);
        ServePostings.assertSmallPostingIsChecked(http);
        assertThat(serve.log()).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("out of memory")
                .doesNotContain(" ended: ");
    }

    /** 200 with the posting cut and checked; or 503 "busy" with Retry-After when no permit came free in time. */
    private static void assertAnsweredOrBusy(Http.Answer answer) {
        if (answer.status() == 503) {
            assertThat(answer.headers().firstValue("Retry-After")).isPresent();
            assertThat(answer.json().get("error").asText()).isEqualTo("busy");
            return;
        }
        assertThat(answer.status()).as(answer.body().substring(0, Math.min(500, answer.body().length()))).isEqualTo(200);
        JsonNode file = answer.json().get("files").get(0);
        assertThat(file.get("error").isNull()).as(file.get("error").asText()).isTrue();
        assertThat(file.get("notice").asText()).contains("only the first 1,000,000 characters");
        assertThat(file.get("blocks").size()).isGreaterThan(100_000);
    }

    @Test
    @Order(3)
    void theServerCutsOffTheSlowClientsOnceTheirRequestHasTakenItsTime() throws Exception {
        Assumptions.assumeFalse(slowClients.isEmpty(), "the slow clients are opened by the first test");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(CheckServer.REQUEST_SECONDS + 15);
        while (System.nanoTime() < deadline && !slowClients.stream().allMatch(SlowClient::closedByServer)) {
            Thread.sleep(200);
        }
        for (SlowClient client : slowClients) {
            assertThat(client.closedByServer()).as("closed by the server").isTrue();
            assertThat(client.openFor()).isBetween(Duration.ofSeconds(CheckServer.REQUEST_SECONDS - 1),
                    Duration.ofSeconds(CheckServer.REQUEST_SECONDS + 10));
            assertThat(client.received()).as("cut off without an answer").isEmpty();
        }
        System.out.printf("serve: slow clients cut off after %s s%n", slowClients.stream()
                .map(c -> String.format("%.1f", c.openFor().toMillis() / 1000.0)).toList());
        assertThat(http.get("/healthz").status()).isEqualTo(200);
        ServePostings.assertSmallPostingIsChecked(http);
    }
}
