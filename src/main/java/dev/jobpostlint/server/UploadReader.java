package dev.jobpostlint.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.sun.net.httpserver.HttpExchange;

/**
 * Turns a {@code POST /api/check} request into one {@link Upload}: a multipart form with a {@code file} (or a
 * {@code text}) field, or the posting itself as the body. The body is read into memory, never to disk, and
 * only up to the limit; the type a person declared (file extension or media type) decides what is refused.
 */
final class UploadReader {

    /** Room for the multipart headers and boundaries around a file of the maximum size. */
    private static final long MULTIPART_OVERHEAD = 64 * 1024;
    /** A refused body is still read up to here, so the client gets the answer instead of a reset connection. */
    private static final long DRAIN_LIMIT = 256L * 1024 * 1024;

    static final Set<String> EXTENSIONS = Set.of("pdf", "docx", "doc", "odt", "rtf", "html", "htm", "xhtml",
            "md", "markdown", "txt", "text");

    private static final Map<String, String> NAMES_BY_TYPE = Map.ofEntries(
            Map.entry("text/plain", "text.txt"),
            Map.entry("text/markdown", "text.md"),
            Map.entry("text/x-markdown", "text.md"),
            Map.entry("text/html", "text.html"),
            Map.entry("application/xhtml+xml", "text.html"),
            Map.entry("application/pdf", "upload.pdf"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "upload.docx"),
            Map.entry("application/msword", "upload.doc"),
            Map.entry("application/vnd.oasis.opendocument.text", "upload.odt"),
            Map.entry("application/rtf", "upload.rtf"),
            Map.entry("text/rtf", "upload.rtf"),
            Map.entry("application/octet-stream", "upload"));

    private final long maxUploadBytes;
    private final String limitText;

    UploadReader(long maxUploadBytes, String limitText) {
        this.maxUploadBytes = maxUploadBytes;
        this.limitText = limitText;
    }

    Upload read(HttpExchange exchange) throws IOException, ApiError {
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        String mediaType = Multipart.mediaType(contentType);
        if (mediaType.equals("multipart/form-data")) {
            String boundary = Multipart.boundary(contentType)
                    .orElseThrow(() -> ApiError.badRequest("multipart body without a boundary"));
            if (boundary.length() > Multipart.MAX_BOUNDARY) {
                drain(exchange.getRequestBody());
                throw ApiError.badRequest("multipart boundary longer than " + Multipart.MAX_BOUNDARY
                        + " characters (RFC 2046)");
            }
            byte[] body = body(exchange, maxUploadBytes + MULTIPART_OVERHEAD);
            return fromForm(Multipart.parse(body, boundary));
        }
        if (mediaType.isEmpty()) {
            drain(exchange.getRequestBody());
            throw ApiError.badRequest("no posting: send a multipart form with a 'file' field, or the posting as "
                    + "the body with its Content-Type");
        }
        String name = nameParameter(exchange.getRequestURI().getRawQuery());
        if (name == null) {
            name = NAMES_BY_TYPE.get(mediaType);
            if (name == null) {
                drain(exchange.getRequestBody());
                throw ApiError.unsupportedType("unsupported type " + mediaType);
            }
        } else {
            checkName(name);
        }
        byte[] body = body(exchange, maxUploadBytes);
        return nonEmpty(new Upload(name, mediaType, body));
    }

    private Upload fromForm(List<Multipart.Part> parts) throws ApiError {
        for (Multipart.Part part : parts) {
            if ("file".equals(part.name()) && part.filename() != null && !part.filename().isEmpty()) {
                String name = baseName(part.filename());
                checkName(name);
                if (part.content().length > maxUploadBytes) {
                    throw ApiError.tooLarge(limitText);
                }
                return nonEmpty(new Upload(name, part.contentType(), part.content()));
            }
        }
        for (Multipart.Part part : parts) {
            if ("text".equals(part.name()) && new String(part.content(), StandardCharsets.UTF_8).strip().length() > 0) {
                if (part.content().length > maxUploadBytes) {
                    throw ApiError.tooLarge(limitText);
                }
                return new Upload("text.txt", "text/plain", part.content());
            }
        }
        throw ApiError.badRequest("no posting: the form has no 'file' and no 'text' field");
    }

    private static Upload nonEmpty(Upload upload) throws ApiError {
        if (upload.content().length == 0) {
            throw ApiError.badRequest("no posting: the upload is empty");
        }
        return upload;
    }

    /** Refuses names whose extension is not a posting format; a name without extension is left to detection. */
    private static void checkName(String name) throws ApiError {
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return;
        }
        String extension = name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!EXTENSIONS.contains(extension)) {
            throw ApiError.unsupportedType("unsupported file type ." + extension);
        }
    }

    /** Browsers send a bare name, some older ones the whole client path. */
    static String baseName(String filename) {
        String name = filename.substring(Math.max(filename.lastIndexOf('/'), filename.lastIndexOf('\\')) + 1);
        return name.isBlank() ? "upload" : name;
    }

    private static String nameParameter(String rawQuery) {
        if (rawQuery == null) {
            return null;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.startsWith("name=") && pair.length() > 5) {
                return baseName(URLDecoder.decode(pair.substring(5), StandardCharsets.UTF_8));
            }
        }
        return null;
    }

    private byte[] body(HttpExchange exchange, long limit) throws IOException, ApiError {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        InputStream in = exchange.getRequestBody();
        if (length != null && parseLong(length) > limit) {
            drain(in);
            throw ApiError.tooLarge(limitText);
        }
        byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (body.length > limit) {
            drain(in);
            throw ApiError.tooLarge(limitText);
        }
        return body;
    }

    private static long parseLong(String s) {
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while (total < DRAIN_LIMIT && (n = in.read(buffer)) > 0) {
            total += n;
        }
    }
}
