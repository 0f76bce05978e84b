package dev.jobpostlint.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The JDK's server started again when an error has ended one of its own threads, as an OutOfMemoryError can; here
 * the thread is stopped from outside, which JDK 17 still can.
 */
class HttpListenerTest {

    private final List<String> log = new CopyOnWriteArrayList<>();
    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    private HttpListener listener;
    private Set<Thread> serverThreads;
    private Http http;

    @BeforeEach
    void start() throws IOException {
        Set<Thread> before = new HashSet<>(Thread.getAllStackTraces().keySet());
        listener = HttpListener.bind(new InetSocketAddress("127.0.0.1", 0), pool, log::add);
        listener.start(exchange -> {
            byte[] ok = "ok".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, ok.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(ok);
            }
        });
        serverThreads = new HashSet<>(Thread.getAllStackTraces().keySet());
        serverThreads.removeAll(before);
        http = new Http(URI.create("http://127.0.0.1:" + listener.address().getPort() + "/"));
        assertThat(http.get("/").body()).isEqualTo("ok");
    }

    @AfterEach
    void stop() {
        listener.close();
        pool.shutdownNow();
    }

    @Test
    void startsTheServerAgainOnTheSamePortWhenATimerThreadHasEnded() throws Exception {
        end(t -> t.getName().contains("timeout"));

        for (int i = 0; i < 50 && log.isEmpty(); i++) {
            Thread.sleep(100);
        }
        assertThat(log).singleElement().asString().contains("starting the server again on port");
        assertThat(http.get("/").body()).isEqualTo("ok");
        assertThat(listener.failure()).isNotDone();
    }

    @Test
    void saysSoWhenTheDispatcherHasEndedAndThePortStaysTaken() throws Exception {
        end(t -> t.getName().contains("Dispatcher"));

        assertThat(listener.failure().get(20, TimeUnit.SECONDS))
                .contains("cannot listen on port " + listener.address().getPort() + " again");
    }

    /** Ends the server's thread that {@code which} picks, as an error thrown in it would. */
    @SuppressWarnings({"deprecation", "removal"})
    private void end(Predicate<Thread> which) throws InterruptedException {
        Thread thread = serverThreads.stream().filter(which).findFirst().orElse(null);
        Assumptions.assumeTrue(thread != null, "this JDK names its server's threads otherwise: " + serverThreads);
        try {
            thread.stop();
        } catch (UnsupportedOperationException e) {
            Assumptions.abort("this JDK cannot end a thread from outside");
        }
        thread.join(5000);
        assertThat(thread.isAlive()).isFalse();
    }
}
