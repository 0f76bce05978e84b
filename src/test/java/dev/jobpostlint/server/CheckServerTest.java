package dev.jobpostlint.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jobpostlint.Linter;
import dev.jobpostlint.LinterOptions;
import dev.jobpostlint.report.JsonReporter;
import dev.jobpostlint.report.ReportOptions;
import dev.jobpostlint.testing.Fixtures;

/** The JSON API over real HTTP, one server for the class, every status code the API promises. */
class CheckServerTest {

    static final String GERMAN = """
            Dein Profil
            Du hast mindestens 10.000 Follower auf deinem eigenen Instagram-Account.
            Du kennst dich mit Redaktionsplänen aus.
            """;
    static final String ENGLISH = """
            About you
            At least 10k followers on your personal TikTok account
            """;
    private static final long LIMIT = 64 * 1024;

    private static Linter linter;
    private static CheckServer server;
    private static Http http;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() throws Exception {
        linter = Linter.create(LinterOptions.defaults().withMaxFileBytes(LIMIT));
        server = CheckServer.start(linter, new ServerOptions("127.0.0.1", 0, LIMIT, "0.1.0"), null);
        http = new Http(server.uri());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static byte[] docx() throws IOException {
        Path file = Fixtures.writeDocx(dir.resolve("stelle.docx"), List.of("# Dein Profil",
                "- Du hast mindestens 10.000 Follower auf deinem eigenen Instagram-Account.",
                "- Du hast Erfahrung mit Redaktionsplänen."));
        return Files.readAllBytes(file);
    }

    @Test
    void checksAnUploadedDocxWithTheJsonOfTheCheckCommandPlusTheText() throws Exception {
        Http.Answer answer = http.postFile("file", "stelle.docx", "application/octet-stream", docx());
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        JsonNode file = answer.json().get("files").get(0);
        assertThat(file.get("path").asText()).isEqualTo("stelle.docx");
        assertThat(file.get("language").asText()).isEqualTo("de");
        JsonNode finding = file.get("findings").get(0);
        assertThat(finding.get("ruleId").asText()).isEqualTo("follower-count");
        String text = file.get("text").asText();
        assertThat(text.substring(finding.get("start").asInt(), finding.get("end").asInt()))
                .isEqualTo(finding.get("excerpt").asText()).contains("10.000 Follower");
        assertThat(finding.get("explanation").asText()).contains("KPIs");
        assertThat(file.get("blocks").get(0).get("kind").asText()).isEqualTo("heading");
    }

    @Test
    void answerIsTheCheckCommandsJsonWithOnlyFieldsAdded() throws Exception {
        byte[] content = docx();
        JsonNode api = http.postFile("file", "stelle.docx", null, content).json();
        StringWriter cli = new StringWriter();
        new JsonReporter(new ReportOptions("0.1.0", false, false))
                .write(List.of(linter.lint("stelle.docx", "stelle.docx", content)), new PrintWriter(cli));
        JsonNode expected = new ObjectMapper().readTree(cli.toString());
        assertContains(api, expected, "$");
    }

    /** Every field of {@code expected} is in {@code actual} with the same value; {@code actual} may have more. */
    private static void assertContains(JsonNode actual, JsonNode expected, String path) {
        if (expected.isObject()) {
            assertThat(actual.isObject()).as(path).isTrue();
            for (Iterator<String> names = expected.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                assertThat(actual.has(name)).as(path + "." + name).isTrue();
                assertContains(actual.get(name), expected.get(name), path + "." + name);
            }
        } else if (expected.isArray()) {
            assertThat(actual.size()).as(path).isEqualTo(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                assertContains(actual.get(i), expected.get(i), path + "[" + i + "]");
            }
        } else {
            assertThat(actual).as(path).isEqualTo(expected);
        }
    }

    @Test
    void checksPastedTextSentAsTheBody() {
        Http.Answer answer = http.post("/api/check", "text/plain; charset=utf-8", ENGLISH.getBytes(StandardCharsets.UTF_8));
        assertThat(answer.status()).isEqualTo(200);
        JsonNode file = answer.json().get("files").get(0);
        assertThat(file.get("path").asText()).isEqualTo("text.txt");
        assertThat(file.get("language").asText()).isEqualTo("en");
        assertThat(file.get("findings").get(0).get("explanation").asText()).contains("brand");
    }

    @Test
    void checksTextFromAFormField() {
        Http.Answer answer = http.postFile("text", null, null, GERMAN.getBytes(StandardCharsets.UTF_8));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("files").get(0).get("findings")).hasSize(1);
    }

    @Test
    void answersHealthzWithOk() {
        Http.Answer answer = http.get("/healthz");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().strip()).isEqualTo("ok");
    }

    @Test
    void listsTheRulesInBothLanguages() {
        JsonNode rules = http.get("/api/rules").json().get("rules");
        List<String> keys = new ArrayList<>();
        rules.forEach(r -> keys.add(r.get("id").asText() + "/" + r.get("language").asText()));
        assertThat(keys).contains("follower-count/de", "follower-count/en");
        assertThat(rules.get(0).get("explanation").asText()).isNotBlank();
        assertThat(rules.get(0).get("suggestions")).isNotEmpty();
    }

    @Test
    void servesThePageWithAStrictContentSecurityPolicy() {
        Http.Answer page = http.get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<script src=\"/app.js\"").doesNotContain("http://").doesNotContain("https://");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'self'");
        assertThat(http.get("/app.js").status()).isEqualTo(200);
        assertThat(http.get("/app.css").status()).isEqualTo(200);
    }

    @Test
    void refusesAWrongMethodWith405AndTheAllowedOnes() {
        Http.Answer get = http.get("/api/check");
        assertError(get, 405, "method-not-allowed");
        assertThat(get.headers().firstValue("Allow")).hasValue("POST");
        assertError(http.post("/api/rules", "text/plain", new byte[] {'x'}), 405, "method-not-allowed");
        assertError(http.request("DELETE", "/healthz"), 405, "method-not-allowed");
        assertError(http.request("PUT", "/"), 405, "method-not-allowed");
    }

    @Test
    void refusesAMissingFileWith400() {
        assertError(http.postFile("other", null, null, "x".getBytes(StandardCharsets.UTF_8)), 400, "bad-request");
        assertError(http.postFile("file", "leer.docx", null, new byte[0]), 400, "bad-request");
        assertError(http.post("/api/check", null, new byte[0]), 400, "bad-request");
        assertError(http.post("/api/check", "multipart/form-data; boundary=abc", "garbage".getBytes(StandardCharsets.UTF_8)),
                400, "bad-request");
        assertError(http.post("/api/check", "text/plain", new byte[0]), 400, "bad-request");
    }

    @Test
    void refusesAnUnsupportedTypeWith415() {
        assertError(http.postFile("file", "logo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
                415, "unsupported-media-type");
        assertError(http.post("/api/check", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}), 415,
                "unsupported-media-type");
        assertError(http.post("/api/check", "application/json", "{}".getBytes(StandardCharsets.UTF_8)), 415,
                "unsupported-media-type");
    }

    @Test
    void refusesAnUploadOverTheLimitWith413() {
        byte[] big = "Du hast mindestens 10.000 Follower. ".repeat(3000).getBytes(StandardCharsets.UTF_8);
        assertThat((long) big.length).isGreaterThan(LIMIT);
        Http.Answer raw = assertError(http.post("/api/check", "text/plain", big), 413, "payload-too-large");
        assertThat(raw.json().get("message").asText()).contains("64 KB");
        assertError(http.postFile("file", "gross.txt", "text/plain", big), 413, "payload-too-large");
    }

    @Test
    void answersAFileThatCannotBeReadWith422AndTheReason() {
        Http.Answer answer = http.postFile("file", "kaputt.pdf", "application/pdf",
                "%PDF-1.7 this is not really a PDF".getBytes(StandardCharsets.UTF_8));
        assertThat(answer.status()).isEqualTo(422);
        JsonNode file = answer.json().get("files").get(0);
        assertThat(file.get("error").asText()).isNotBlank();
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void answersAnUnknownPathWith404() {
        assertError(http.get("/etc/passwd"), 404, "not-found");
    }

    @Test
    void refusesRequestsForOtherHostNamesOnLoopback() {
        RawHttp.Answer answer = new RawHttp(server.uri().getPort()).get("/healthz", "attacker.example:8080");
        assertThat(answer.status()).isEqualTo(403);
    }

    @Test
    void servesRequestsConcurrently() {
        List<CompletableFuture<Http.Answer>> answers = IntStream.range(0, 12)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> http.post("/api/check", "text/plain",
                        (i % 2 == 0 ? GERMAN : ENGLISH).getBytes(StandardCharsets.UTF_8))))
                .toList();
        for (CompletableFuture<Http.Answer> a : answers) {
            Http.Answer answer = a.join();
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.json().get("files").get(0).get("findings")).hasSize(1);
        }
    }

    private static Http.Answer assertError(Http.Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        ObjectNode json = (ObjectNode) answer.json();
        assertThat(json.get("status").asInt()).isEqualTo(status);
        assertThat(json.get("error").asText()).isEqualTo(code);
        assertThat(json.get("message").asText()).isNotBlank();
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("\tat ");
        return answer;
    }
}
