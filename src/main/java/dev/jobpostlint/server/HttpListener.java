package dev.jobpostlint.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/**
 * The JDK's HTTP server, started again on the same address when one of its own threads has ended. It accepts
 * connections on a dispatcher thread and cuts off slow requests from timer threads; while one request fills the
 * heap, the OutOfMemoryError can strike one of those instead of the request's thread, and that thread ends: then
 * no slow request would be cut off any more, or no connection accepted. A watcher looks every second, and starts
 * the server again once no request is being answered (stopping it cuts every connection). When the dispatcher has
 * ended, nothing releases the port, so no server can listen there again: {@link #failure} says so, for the process
 * to end rather than hold a port it no longer answers on.
 */
final class HttpListener implements AutoCloseable {

    private static final int BACKLOG = 64;
    private static final long WATCH_MILLIS = 1000;
    private static final long GIVE_UP_NANOS = TimeUnit.SECONDS.toNanos(3);

    private final InetSocketAddress address;
    private final Executor executor;
    private final Consumer<String> log;
    private final Thread watcher = new Thread(this::watch, "jobpost-lint-http-watch");
    private final CompletableFuture<String> failure = new CompletableFuture<>();
    private final AtomicInteger answering = new AtomicInteger();
    /** Null from a stop until the next server is bound. */
    private HttpServer http;
    private Set<Thread> threadsBeforeServer;
    private Set<Thread> serverThreads;
    private HttpHandler handler;
    private boolean closed;

    private HttpListener(HttpServer http, Set<Thread> threadsBeforeServer, Executor executor, Consumer<String> log) {
        this.http = http;
        this.address = http.getAddress();
        this.threadsBeforeServer = threadsBeforeServer;
        this.executor = executor;
        this.log = log;
        watcher.setDaemon(true);
    }

    /** Binds the address (port 0 for any free one); requests are answered once {@link #start} is called. */
    static HttpListener bind(InetSocketAddress address, Executor executor, Consumer<String> log) throws IOException {
        Set<Thread> before = liveThreads();
        return new HttpListener(HttpServer.create(address, BACKLOG), before, executor, log);
    }

    /** The address bound, with its port. */
    InetSocketAddress address() {
        return address;
    }

    /** Answers every request with {@code handler}, now and after every restart. */
    synchronized void start(HttpHandler handler) {
        this.handler = exchange -> {
            answering.incrementAndGet();
            try {
                handler.handle(exchange);
            } finally {
                answering.decrementAndGet();
            }
        };
        serve();
        watcher.start();
    }

    private void serve() {
        http.createContext("/", handler);
        http.setExecutor(executor);
        http.start();
        serverThreads = liveThreads();
        serverThreads.removeAll(threadsBeforeServer);
    }

    /** Completed with a message when no server can listen on the address any more; never otherwise. */
    CompletableFuture<String> failure() {
        return failure;
    }

    private void watch() {
        long failingSince = 0;
        while (true) {
            try {
                Thread.sleep(WATCH_MILLIS);
                restartIfAThreadEnded();
                failingSince = 0;
            } catch (InterruptedException e) {
                return;
            } catch (IOException e) {
                failingSince = failingSince == 0 ? System.nanoTime() : failingSince;
                if (System.nanoTime() - failingSince > GIVE_UP_NANOS) {
                    failure.complete("the HTTP server lost a thread to an error and cannot listen on port "
                            + address.getPort() + " again (" + e.getMessage() + "); start serve again");
                    return;
                }
            } catch (RuntimeException | OutOfMemoryError e) {
                // still out of memory: try again in a second
            }
        }
    }

    private synchronized void restartIfAThreadEnded() throws IOException {
        if (closed || answering.get() > 0 || http != null && serverThreads.stream().allMatch(Thread::isAlive)) {
            return;
        }
        if (http != null) {
            log.accept("a thread of the HTTP server ended; starting the server again on port " + address.getPort());
            http.stop(0);
            http = null;
        }
        threadsBeforeServer = liveThreads();
        http = HttpServer.create(address, BACKLOG);
        serve();
    }

    private static Set<Thread> liveThreads() {
        return new HashSet<>(Thread.getAllStackTraces().keySet());
    }

    @Override
    public synchronized void close() {
        closed = true;
        watcher.interrupt();
        if (http != null) {
            http.stop(0);
        }
    }
}
