package dev.jobpostlint.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What {@code serve} refuses before it checks anything, on a real server from the packaged jar: requests for
 * another host name (DNS rebinding), posts from another origin, and multipart forms past their limits.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ServeRequestLimitsIT {

    private static final Pattern LOGGED_CHECK = Pattern.compile("POST /api/check (\\d+) (\\d+) ms");

    @TempDir
    static Path work;

    private static ServeProcess serve;
    private static RawHttp raw;
    private static Http http;

    @BeforeAll
    static void start() throws Exception {
        serve = ServeProcess.start(work);
        raw = new RawHttp(serve.port());
        http = new Http(serve.uri());
    }

    @AfterAll
    static void stop() throws Exception {
        if (serve != null) {
            serve.close();
        }
    }

    @Test
    void answersOnlyRequestsForThisMachineByNameOrNumberAndThisPort() {
        int port = serve.port();
        for (String host : List.of("127.evil.example:" + port, "attacker.example", "localhost.evil:" + port,
                "localhost:" + (port + 1), "127.0.0.1", "127.0.0.1:" + port + ".evil.example")) {
            RawHttp.Answer answer = raw.get("/healthz", host);
            assertThat(answer.status()).as("Host: %s", host).isEqualTo(403);
            assertThat(answer.json().get("error").asText()).isEqualTo("forbidden-host");
        }
        for (String host : List.of("localhost:" + port, "127.0.0.1:" + port, "[::1]:" + port)) {
            RawHttp.Answer answer = raw.get("/healthz", host);
            assertThat(answer.status()).as("Host: %s", host).isEqualTo(200);
            assertThat(answer.body().strip()).isEqualTo("ok");
        }
    }

    @Test
    void refusesAPostFromAnotherOriginAndTakesOneFromItsOwnPageOrWithoutOrigin() {
        byte[] posting = ServePostings.SMALL.getBytes(StandardCharsets.UTF_8);
        int port = serve.port();
        for (String origin : List.of("http://evil.example", "http://localhost:" + (port + 1), "null",
                "https://127.0.0.1:" + port)) {
            RawHttp.Answer answer = raw.post("/api/check", "Origin: " + origin + "\r\n", "text/plain", posting);
            assertThat(answer.status()).as("Origin: %s", origin).isEqualTo(403);
            assertThat(answer.json().get("error").asText()).isEqualTo("forbidden-origin");
        }
        for (String origin : List.of("Origin: http://127.0.0.1:" + port + "\r\n", "Origin: http://localhost:" + port
                + "\r\n", "")) {
            RawHttp.Answer answer = raw.post("/api/check", origin, "text/plain", posting);
            assertThat(answer.status()).as("%s", origin.isEmpty() ? "no Origin" : origin).isEqualTo(200);
            assertThat(answer.json().get("files").get(0).get("findings")).hasSize(1);
        }
    }

    @Test
    void takesABoundaryOf70CharactersAndRefusesOneOf71() {
        String seventy = "b".repeat(70);
        Http.Answer accepted = http.post("/api/check", "multipart/form-data; boundary=" + seventy, form(seventy, 1));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().get("files").get(0).get("findings")).hasSize(1);

        String seventyOne = "b".repeat(71);
        Http.Answer refused = http.post("/api/check", "multipart/form-data; boundary=" + seventyOne, form(seventyOne, 1));
        assertOneLineError(refused, 400, "70 characters");
    }

    @Test
    void takesSixteenPartsAndRefusesSeventeen() {
        String boundary = "parts-boundary";
        Http.Answer sixteen = http.post("/api/check", "multipart/form-data; boundary=" + boundary, form(boundary, 16));
        assertThat(sixteen.status()).as(sixteen.body()).isEqualTo(200);
        assertThat(sixteen.json().get("files").get(0).get("findings")).hasSize(1);

        Http.Answer seventeen = http.post("/api/check", "multipart/form-data; boundary=" + boundary, form(boundary, 17));
        assertOneLineError(seventeen, 400, "more than 16 parts");
    }

    @Test
    void refusesEightMegabytesOfAlmostBoundariesQuickly() throws InterruptedException {
        for (int length : new int[] {60_000, 70}) {
            String boundary = "x".repeat(length);
            // a body of boundaries that all fail at their last character: a naive search would compare each again
            byte[] body = ("--" + boundary.substring(1)).repeat(8_000_000 / (length + 1))
                    .getBytes(StandardCharsets.US_ASCII);
            int logged = loggedChecks().size();
            Http.Answer answer = http.post("/api/check", "multipart/form-data; boundary=" + boundary, body);
            assertOneLineError(answer, 400, length > 70 ? "70 characters" : "boundary not found");
            long serverMillis = awaitLoggedCheck(logged);
            System.out.printf("serve: %.1f MB body with a %,d-character boundary refused in %d ms of server time%n",
                    body.length / 1e6, length, serverMillis);
            assertThat(serverMillis).isLessThan(1000);
        }
    }

    /** A form of {@code parts} parts: notes, then the posting as a file in the last part. */
    private static byte[] form(String boundary, int parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 1; i < parts; i++) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"note" + i + "\"\r\n\r\n"
                    + "a note\r\n").getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"posting.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n" + ServePostings.SMALL + "\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static void assertOneLineError(Http.Answer answer, int status, String messagePart) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        JsonNode json = answer.json();
        assertThat(json.get("error").asText()).isEqualTo("bad-request");
        assertThat(json.get("message").asText()).contains(messagePart).doesNotContain("\n");
        assertThat(answer.body()).doesNotContain("Exception");
    }

    private static List<MatchResult> loggedChecks() {
        return serve.log().lines().map(LOGGED_CHECK::matcher).filter(Matcher::find).map(Matcher::toMatchResult).toList();
    }

    /** The server's own time for the next check it logs after the first {@code before}. */
    private static long awaitLoggedCheck(int before) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            List<MatchResult> logged = loggedChecks();
            if (logged.size() > before) {
                return Long.parseLong(logged.get(before).group(2));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no log line for the request; log: " + serve.log());
    }
}
