package dev.jobpostlint.server;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;

import dev.jobpostlint.LintResult;
import dev.jobpostlint.Linter;

/**
 * The local web server: the page, {@code POST /api/check}, {@code GET /api/rules} and {@code GET /healthz}.
 * Built on the JDK's HTTP server; requests run concurrently on a pool and share one {@link Linter}, whose
 * models are loaded before the first request. Postings live in memory for one request and are never logged.
 *
 * <p>Bounded so that no client can take it down: connections get far more threads than checks get permits, so
 * slow clients hold a thread but never the page or {@code /healthz}; checks run only as many at a time as the
 * heap holds, the rest wait a little or get 503; a request that does not arrive in {@value #REQUEST_SECONDS} s is
 * cut off; and a request that runs out of memory, or fails in any other way, gets its answer while the server
 * goes on, started again by {@link HttpListener} should the error have ended one of the JDK server's own threads.
 */
public final class CheckServer implements AutoCloseable {

    /** A check of the largest allowed file needs up to this much heap (measured: a 20 MB DOCX, 250 MB). */
    static final long HEAP_PER_CHECK = 256L * 1024 * 1024;
    /**
     * Threads for connections: slow ones hold a thread each, and /healthz must still find one. Each may hold an
     * upload of up to --max-upload while it arrives, so there are not many more of them than that memory allows.
     */
    private static final int CONNECTION_THREADS = 16;
    /** How long a request waits for a check permit before it gets 503. */
    private static final int PERMIT_WAIT_SECONDS = 10;
    /** A request must arrive within this; an answer must be sent within this after the longest a check may take. */
    static final int REQUEST_SECONDS = 30;

    private final HttpListener http;
    private final ExecutorService pool;
    private final Linter linter;
    private final CheckJson json;
    private final UploadReader uploads;
    private final Assets assets;
    private final HostCheck hosts;
    private final PrintWriter log;
    private final Semaphore checks;

    private CheckServer(HttpListener http, ExecutorService pool, Linter linter, ServerOptions options, PrintWriter log) {
        this.http = http;
        this.pool = pool;
        this.linter = linter;
        this.json = new CheckJson(linter.catalog(), options.toolVersion());
        this.uploads = new UploadReader(options.maxUploadBytes(), sizeText(options.maxUploadBytes()));
        this.assets = Assets.load();
        this.hosts = new HostCheck(http.address());
        this.log = log;
        this.checks = new Semaphore(concurrentChecks(Runtime.getRuntime().maxMemory(), options.maxUploadBytes()));
    }

    /**
     * As many checks at a time as the heap holds beside the uploads arriving on every connection thread, at least
     * one, and not more than twice the processors.
     */
    static int concurrentChecks(long maxHeap, long maxUpload) {
        long byHeap = (maxHeap - CONNECTION_THREADS * maxUpload) / HEAP_PER_CHECK;
        return (int) Math.max(1, Math.min(byHeap, Runtime.getRuntime().availableProcessors() * 2L));
    }

    /**
     * How long after its request has arrived an answer may take before the connection is cut: the JDK's clock for
     * it runs while the check waits for a permit and while it runs, up to its time limit; then the answer has
     * {@value #REQUEST_SECONDS} s to be sent. No limit when checks have none.
     */
    static long answerSeconds(Duration maxTimePerCheck) {
        return maxTimePerCheck == null ? -1 : PERMIT_WAIT_SECONDS + maxTimePerCheck.toSeconds() + REQUEST_SECONDS;
    }

    /**
     * Binds and starts serving.
     *
     * @param log where to write one line per request (method, path, status, time; never content), or null
     */
    public static CheckServer start(Linter linter, ServerOptions options, PrintWriter log) throws IOException {
        // read once, when the JDK's server is first used: a request that takes longer to arrive, or an answer that
        // takes longer to send, is cut off, so a slow client cannot hold a thread for good
        System.setProperty("sun.net.httpserver.maxReqTime", String.valueOf(REQUEST_SECONDS));
        long answerSeconds = answerSeconds(linter.options().maxTimePerPosting());
        System.setProperty("sun.net.httpserver.maxRspTime", String.valueOf(answerSeconds));
        InetSocketAddress address = new InetSocketAddress(InetAddress.getByName(options.host()), options.port());
        ExecutorService pool = Executors.newFixedThreadPool(CONNECTION_THREADS, daemonThreads());
        HttpListener http = HttpListener.bind(address, pool, line -> logLine(log, line));
        CheckServer server = new CheckServer(http, pool, linter, options, log);
        http.start(server::handle);
        return server;
    }

    /** The page's address, e.g. {@code http://127.0.0.1:8080/}. */
    public URI uri() {
        InetSocketAddress a = http.address();
        String host = a.getAddress().getHostAddress();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return URI.create("http://" + host + ":" + a.getPort() + "/");
    }

    /**
     * Completed with a message when the server can no longer listen on its port, after an error ended a thread of
     * the JDK's server it cannot replace; never otherwise.
     */
    public CompletableFuture<String> failure() {
        return http.failure();
    }

    @Override
    public void close() {
        http.close();
        pool.shutdownNow();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(HttpExchange exchange) {
        long started = System.nanoTime();
        int status;
        try {
            status = route(exchange);
        } catch (ApiError e) {
            status = send(exchange, e.status(), CheckJson.error(e), e.status() == 405 ? allowed(exchange) : null);
        } catch (IOException e) {
            status = 0; // the client went away; nothing to answer
        } catch (OutOfMemoryError e) {
            ApiError full = new ApiError(503, "out-of-memory", "the server ran out of memory on this posting; "
                    + "try again, or a smaller file");
            exchange.getResponseHeaders().set("Retry-After", "10");
            status = send(exchange, 503, CheckJson.error(full), null);
            logLine("out of memory while answering a request; the server goes on");
        } catch (RuntimeException | Error e) {
            ApiError internal = new ApiError(500, "internal-error", "internal error while checking the posting");
            status = send(exchange, 500, CheckJson.error(internal), null);
            logLine("internal error: " + e.getClass().getName());
        } finally {
            exchange.close();
        }
        logLine(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " " + status + " "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    private int route(HttpExchange exchange) throws IOException, ApiError {
        hosts.check(exchange.getRequestHeaders().getFirst("Host"));
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        switch (path) {
            case "/api/check" -> {
                require(method, "POST");
                hosts.checkOrigin(exchange.getRequestHeaders().getFirst("Origin"));
                // a slow upload holds its thread, never a permit: the permits are for checking
                Upload upload = uploads.read(exchange);
                acquirePermit(exchange);
                try {
                    LintResult result = linter.lint(upload.name(), upload.name(), upload.content());
                    return send(exchange, result.isError() ? 422 : 200, json.check(result), null);
                } finally {
                    checks.release();
                }
            }
            case "/api/rules" -> {
                require(method, "GET", "HEAD");
                return send(exchange, 200, json.rules(), null);
            }
            case "/healthz" -> {
                require(method, "GET", "HEAD");
                return sendBytes(exchange, 200, "text/plain; charset=utf-8", "ok\n".getBytes(StandardCharsets.UTF_8));
            }
            default -> {
                Assets.Asset asset = assets.get(path).orElseThrow(() -> ApiError.notFound(path));
                require(method, "GET", "HEAD");
                exchange.getResponseHeaders().set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; "
                        + "style-src 'self'; script-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; "
                        + "frame-ancestors 'none'");
                return sendBytes(exchange, 200, asset.contentType(), asset.content());
            }
        }
    }

    private void acquirePermit(HttpExchange exchange) throws ApiError {
        try {
            if (checks.tryAcquire(PERMIT_WAIT_SECONDS, TimeUnit.SECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        exchange.getResponseHeaders().set("Retry-After", "5");
        throw new ApiError(503, "busy", "the server is checking as many postings as it has memory for; try again "
                + "in a few seconds");
    }

    private static void require(String method, String... allowed) throws ApiError {
        for (String a : allowed) {
            if (a.equals(method)) {
                return;
            }
        }
        throw ApiError.methodNotAllowed(method, String.join(", ", allowed));
    }

    private static String allowed(HttpExchange exchange) {
        return exchange.getRequestURI().getPath().equals("/api/check") ? "POST" : "GET, HEAD";
    }

    private static int send(HttpExchange exchange, int status, JsonNode body, String allow) {
        if (allow != null) {
            exchange.getResponseHeaders().set("Allow", allow);
        }
        try {
            byte[] bytes = CheckJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(body);
            return sendBytes(exchange, status, "application/json; charset=utf-8", bytes);
        } catch (IOException e) {
            return 0;
        }
    }

    private static int sendBytes(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        return status;
    }

    private void logLine(String line) {
        logLine(log, line);
    }

    private static void logLine(PrintWriter log, String line) {
        if (log != null) {
            synchronized (log) {
                log.println("jobpost-lint: " + line);
                log.flush();
            }
        }
    }

    static String sizeText(long bytes) {
        if (bytes % (1L << 20) == 0) {
            return bytes / (1L << 20) + " MB";
        }
        if (bytes % (1L << 10) == 0) {
            return bytes / (1L << 10) + " KB";
        }
        return bytes + " bytes";
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "jobpost-lint-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
