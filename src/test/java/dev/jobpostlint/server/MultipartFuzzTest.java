package dev.jobpostlint.server;

import static dev.jobpostlint.testing.OneLineMessages.assertOneLine;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A form upload as the server reads it: the fuzz input is the Content-Type header, a line feed, then the body.
 * A body may be refused only with a 400 {@link ApiError} of one line.
 */
class MultipartFuzzTest {

    static Stream<byte[]> forms() {
        return Stream.of(
                form("multipart/form-data; boundary=XyZ", "--XyZ\r\n"
                        + "Content-Disposition: form-data; name=\"file\"; filename=\"Stellenanzeige Köln.docx\"\r\n"
                        + "Content-Type: application/octet-stream\r\n\r\nline 1\r\nline 2\r\n--XyZ--\r\n"),
                form("multipart/form-data; boundary=\"a b\"; charset=utf-8", "--a b\r\n"
                        + "Content-Disposition: form-data; name=\"text\"\r\n\r\nHallo\r\n--a b\r\n"
                        + "Content-Disposition: form-data; name=\"file\"; filename=\"a\\\"b.md\"\r\n"
                        + "Content-Type: text/markdown; charset=utf-8\r\n\r\n# x\r\n--a b--"),
                form("multipart/form-data; boundary=----WebKitFormBoundary7MA4YWxkTrZu0gW",
                        "------WebKitFormBoundary7MA4YWxkTrZu0gW\r\n"
                        + "Content-Disposition: form-data; name=\"text\"\r\n\r\nDu hast mindestens 10.000 Follower.\r\n"
                        + "------WebKitFormBoundary7MA4YWxkTrZu0gW--\r\n"));
    }

    private static byte[] form(String contentType, String body) {
        return (contentType + "\n" + body).getBytes(StandardCharsets.UTF_8);
    }

    @MethodSource("forms")
    @FuzzTest(maxDuration = "5s")
    void readsAFormOrRefusesItWithOneLine(byte[] input) {
        int newline = indexOf(input, (byte) '\n');
        if (newline < 0) {
            return;
        }
        String contentType = new String(input, 0, newline, StandardCharsets.ISO_8859_1);
        byte[] body = Arrays.copyOfRange(input, newline + 1, input.length);
        String boundary = Multipart.boundary(contentType).orElse(null);
        if (boundary == null || boundary.length() > Multipart.MAX_BOUNDARY) {
            return; // the server refuses these before reading the body
        }
        try {
            List<Multipart.Part> parts = Multipart.parse(body, boundary);
            assertThat(parts).hasSizeLessThanOrEqualTo(Multipart.MAX_PARTS);
            assertThat(parts).allSatisfy(part -> assertThat(part.content().length).isLessThan(body.length));
        } catch (ApiError e) {
            assertThat(e.status()).isEqualTo(400);
            assertOneLine(e);
        }
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
