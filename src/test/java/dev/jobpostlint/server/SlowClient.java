package dev.jobpostlint.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A client that sends its request slowly: a first part at once, then one byte of the rest each time it is told
 * to, forever. A thread of its own waits for the server to close the connection and notes when it did.
 */
final class SlowClient implements AutoCloseable {

    private final Socket socket;
    private final OutputStream out;
    private final byte[] rest;
    private final long startNanos;
    private int sent;
    private volatile long closedByServerNanos;
    private volatile boolean closedByUs;
    private final StringBuilder received = new StringBuilder();

    private SlowClient(Socket socket, byte[] rest) throws IOException {
        this.socket = socket;
        this.out = socket.getOutputStream();
        this.rest = rest;
        this.startNanos = System.nanoTime();
        Thread reader = new Thread(this::awaitClose, "slow-client-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Connects, sends {@code first} and the first byte of {@code rest}, which then repeats without end. */
    static SlowClient open(int port, String first, String rest) {
        try {
            SlowClient client = new SlowClient(new Socket("127.0.0.1", port), rest.getBytes(StandardCharsets.US_ASCII));
            client.out.write(first.getBytes(StandardCharsets.US_ASCII));
            client.sendNextByte();
            return client;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A request whose header never ends. */
    static SlowClient endlessHeader(int port) {
        return open(port, "", "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nX-Slow: " + "a".repeat(1000));
    }

    /** An upload whose body arrives a byte at a time. */
    static SlowClient slowUpload(int port) {
        return open(port, "POST /api/check HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: text/plain\r\n"
                + "Content-Length: 1000000\r\n\r\n", "About you. At least 10k followers on your personal TikTok account. ");
    }

    /** Sends one more byte, unless the server has closed the connection. */
    synchronized void sendNextByte() {
        if (closedByServerNanos != 0) {
            return;
        }
        try {
            out.write(rest[sent++ % rest.length]);
            out.flush();
        } catch (IOException e) {
            markClosedByServer();
        }
    }

    private void awaitClose() {
        try (InputStream in = socket.getInputStream()) {
            for (int b = in.read(); b >= 0; b = in.read()) {
                synchronized (received) {
                    received.append((char) b);
                }
            }
        } catch (IOException e) {
            // reset by the server, or closed by us
        }
        if (!closedByUs) {
            markClosedByServer();
        }
    }

    private void markClosedByServer() {
        if (closedByServerNanos == 0) {
            closedByServerNanos = System.nanoTime();
        }
    }

    boolean closedByServer() {
        return closedByServerNanos != 0;
    }

    /** How long after its first byte the server closed the connection. */
    Duration openFor() {
        return Duration.ofNanos(closedByServerNanos - startNanos);
    }

    /** What the server sent before closing: nothing, when it just cut the connection. */
    String received() {
        synchronized (received) {
            return received.toString();
        }
    }

    @Override
    public void close() throws IOException {
        closedByUs = true;
        socket.close();
    }
}
