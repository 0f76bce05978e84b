package dev.jobpostlint.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * HTTP/1.1 written by hand on a socket, for what {@code java.net.http} will not send: a Host header of our own.
 * Every request asks the server to close the connection after its answer, so the answer is read to the end.
 */
final class RawHttp {

    record Answer(int status, String head, String body) {
        JsonNode json() {
            return Http.json(body);
        }
    }

    private final int port;

    RawHttp(int port) {
        this.port = port;
    }

    Answer get(String path, String host) {
        return send("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n", new byte[0]);
    }

    /** A POST with the given extra header lines (each ending in CRLF), e.g. an Origin. */
    Answer post(String path, String headers, String contentType, byte[] body) {
        String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n" + headers
                + "Content-Type: " + contentType + "\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
        return send(head, body);
    }

    private Answer send(String head, byte[] body) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            ByteArrayOutputStream request = new ByteArrayOutputStream();
            request.writeBytes(head.getBytes(StandardCharsets.UTF_8));
            request.writeBytes(body);
            out.write(request.toByteArray());
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = answer.indexOf("\r\n\r\n");
            if (!answer.startsWith("HTTP/1.1 ") || end < 0) {
                throw new AssertionError("not an HTTP answer: " + answer);
            }
            return new Answer(Integer.parseInt(answer.substring(9, 12)), answer.substring(0, end), answer.substring(end + 4));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
