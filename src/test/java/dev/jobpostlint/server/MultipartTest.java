package dev.jobpostlint.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class MultipartTest {

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsAFilePartWithItsNameTypeAndExactBytes() throws ApiError {
        String body = "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"Stellenanzeige Köln.docx\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\nline 1\r\nline 2\r\n--XyZ--\r\n";
        List<Multipart.Part> parts = Multipart.parse(bytes(body), "XyZ");
        assertThat(parts).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("file");
            assertThat(p.filename()).isEqualTo("Stellenanzeige Köln.docx");
            assertThat(p.contentType()).isEqualTo("application/octet-stream");
            assertThat(new String(p.content(), StandardCharsets.UTF_8)).isEqualTo("line 1\r\nline 2");
        });
    }

    @Test
    void readsSeveralFieldsAndAnEscapedQuoteInAFileName() throws ApiError {
        String body = "--b\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nHallo\r\n"
                + "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\\\"b.md\"\r\n\r\n# x\r\n--b--";
        List<Multipart.Part> parts = Multipart.parse(bytes(body), "b");
        assertThat(parts).extracting(Multipart.Part::name).containsExactly("text", "file");
        assertThat(parts.get(1).filename()).isEqualTo("a\"b.md");
    }

    @Test
    void takesTheBoundaryQuotedOrNot() {
        assertThat(Multipart.boundary("multipart/form-data; boundary=----abc")).hasValue("----abc");
        assertThat(Multipart.boundary("multipart/form-data; boundary=\"a b\"; charset=utf-8")).hasValue("a b");
        assertThat(Multipart.boundary("multipart/form-data")).isEmpty();
    }

    @Test
    void refusesABodyWithoutClosingBoundaryAsBadRequest() {
        assertThatThrownBy(() -> Multipart.parse(bytes("--b\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc"), "b"))
                .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    @Test
    void keepsOnlyTheBaseNameOfAClientPath() {
        assertThat(UploadReader.baseName("C:\\Users\\hr\\stelle.docx")).isEqualTo("stelle.docx");
        assertThat(UploadReader.baseName("../../etc/passwd")).isEqualTo("passwd");
    }
}
