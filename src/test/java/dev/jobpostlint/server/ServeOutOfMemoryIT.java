package dev.jobpostlint.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code serve} with a heap too small for the costliest posting it accepts. The heap holds no check of that size,
 * so the server admits one at a time; the upload itself still fits, and its check runs out of memory. Each such
 * upload must get 503 with a JSON error, and the server must go on and say so in one line, without a stack trace.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ServeOutOfMemoryIT {

    /**
     * The launcher gives serve 1 GB. At 160 MB the 20 MB upload is read, and its check runs out of memory at once,
     * decoding it (a 40 MB buffer). At 200 MB it runs out only after filling the heap for seconds, parsing the
     * Markdown, and the error then often ends threads of the JDK's server as well: {@link HttpListenerTest}.
     */
    private static final String SMALL_HEAP = "-Xmx160m";
    private static final int UPLOADS = 2;
    private static final String THREAD_ENDED = " ended: java.lang.OutOfMemoryError";

    @TempDir
    static Path work;

    private static ServeProcess serve;
    private static Http http;

    @BeforeAll
    static void start() throws Exception {
        serve = ServeProcess.start(work, SMALL_HEAP);
        http = new Http(serve.uri());
    }

    @AfterAll
    static void stop() throws Exception {
        if (serve != null) {
            serve.close();
            System.out.printf("serve %s: its log:%n%s", SMALL_HEAP, serve.log());
        }
    }

    @Test
    void uploadsThatRunOutOfMemoryGet503AndTheServerGoesOn() throws Exception {
        byte[] worst = ServePostings.worstMarkdown();
        for (int i = 0; i < UPLOADS; i++) {
            long start = System.nanoTime();
            Http.Answer answer = http.postFile("file", "worst.md", "text/markdown", worst);
            System.out.printf("serve %s: upload of %.1f MB answered %d after %d ms%n", SMALL_HEAP, worst.length / 1e6,
                    answer.status(), (System.nanoTime() - start) / 1_000_000);

            assertThat(answer.status()).as(answer.body()).isEqualTo(503);
            assertThat(answer.headers().firstValue("Retry-After")).isPresent();
            JsonNode error = answer.json();
            assertThat(error.get("status").asInt()).isEqualTo(503);
            assertThat(error.get("error").asText()).isEqualTo("out-of-memory");
            assertThat(error.get("message").asText()).isNotBlank();
            assertThat(answer.body()).doesNotContain("Exception").doesNotContain("\tat ");
        }

        assertThat(serve.isAlive()).isTrue();
        assertThat(http.get("/healthz").status()).isEqualTo(200);
        ServePostings.assertSmallPostingIsChecked(http);
        String log = awaitRestartOfAnEndedThread();
        assertThat(log).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(log.lines().filter(l -> l.contains("out of memory while answering a request"))).hasSize(UPLOADS);
    }

    /**
     * The server's log, once the server has been started again if the error also ended a thread of the JDK's
     * server (it is, once no request is being answered), and answers.
     */
    private static String awaitRestartOfAnEndedThread() throws InterruptedException {
        for (int i = 0; i < 50 && threadEndedWithoutRestart(serve.log()); i++) {
            Thread.sleep(100);
        }
        String log = serve.log();
        if (log.contains(THREAD_ENDED)) {
            System.out.printf("serve %s: the error also ended a thread of the JDK's server%n", SMALL_HEAP);
            assertThat(log).contains("starting the server again");
            assertThat(http.get("/healthz").status()).isEqualTo(200);
            ServePostings.assertSmallPostingIsChecked(http);
        }
        return log;
    }

    private static boolean threadEndedWithoutRestart(String log) {
        return log.contains(THREAD_ENDED) && !log.contains("starting the server again");
    }
}
