package dev.jobpostlint.server;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough of {@code multipart/form-data} (RFC 7578) for one file or one text field: parts are cut out of
 * the body already in memory, headers are read as UTF-8 (browsers send file names that way).
 */
final class Multipart {

    /** One part of the form. */
    record Part(String name, String filename, String contentType, byte[] content) {
    }

    private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary=(\"([^\"]+)\"|([^;\\s]+))");
    private static final Pattern PARAM = Pattern.compile("(?i);\\s*(name|filename)=\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final byte[] CRLF_CRLF = {'\r', '\n', '\r', '\n'};

    private Multipart() {
    }

    static Optional<String> boundary(String contentType) {
        Matcher m = BOUNDARY.matcher(contentType);
        return m.find() ? Optional.of(m.group(2) != null ? m.group(2) : m.group(3)) : Optional.empty();
    }

    /** RFC 2046 allows boundaries of up to 70 characters. */
    static final int MAX_BOUNDARY = 70;
    /** A form of a file or a text field needs a few parts. */
    static final int MAX_PARTS = 16;

    static List<Part> parse(byte[] body, String boundary) throws ApiError {
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int at = indexOf(body, delimiter, 0);
        if (at < 0) {
            throw ApiError.badRequest("malformed multipart body: boundary not found");
        }
        List<Part> parts = new ArrayList<>();
        byte[] next = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int pos = at + delimiter.length;
        while (true) {
            if (pos + 1 < body.length && body[pos] == '-' && body[pos + 1] == '-') {
                return parts;
            }
            int headersStart = pos + 2;
            int headersEnd = indexOf(body, CRLF_CRLF, headersStart);
            if (pos + 1 >= body.length || body[pos] != '\r' || body[pos + 1] != '\n' || headersEnd < 0) {
                throw ApiError.badRequest("malformed multipart body: part headers not found");
            }
            int contentStart = headersEnd + CRLF_CRLF.length;
            int contentEnd = indexOf(body, next, contentStart);
            if (contentEnd < 0) {
                throw ApiError.badRequest("malformed multipart body: closing boundary not found");
            }
            String headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
            if (parts.size() == MAX_PARTS) {
                throw ApiError.badRequest("multipart body with more than " + MAX_PARTS + " parts");
            }
            parts.add(part(headers, Arrays.copyOfRange(body, contentStart, contentEnd)));
            pos = contentEnd + next.length;
        }
    }

    private static Part part(String headers, byte[] content) {
        String name = null;
        String filename = null;
        String type = "";
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String header = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (header.equals("content-disposition")) {
                Matcher m = PARAM.matcher(value);
                while (m.find()) {
                    String v = m.group(2).replaceAll("\\\\(.)", "$1");
                    if (m.group(1).equalsIgnoreCase("name")) {
                        name = v;
                    } else {
                        filename = v;
                    }
                }
            } else if (header.equals("content-type")) {
                type = mediaType(value);
            }
        }
        return new Part(name, filename, type, content);
    }

    /** "text/plain; charset=utf-8" → "text/plain". */
    static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Where {@code needle} first stands in {@code haystack} from {@code from}, or -1; Knuth-Morris-Pratt, so a body
     * of dashes costs its length, not its length times the boundary's.
     */
    static int indexOf(byte[] haystack, byte[] needle, int from) {
        if (needle.length == 0) {
            return Math.max(0, from);
        }
        int[] fallback = new int[needle.length];
        for (int i = 1, k = 0; i < needle.length; i++) {
            while (k > 0 && needle[i] != needle[k]) {
                k = fallback[k - 1];
            }
            if (needle[i] == needle[k]) {
                k++;
            }
            fallback[i] = k;
        }
        for (int i = Math.max(0, from), k = 0; i < haystack.length; i++) {
            while (k > 0 && haystack[i] != needle[k]) {
                k = fallback[k - 1];
            }
            if (haystack[i] == needle[k]) {
                k++;
            }
            if (k == needle.length) {
                return i - needle.length + 1;
            }
        }
        return -1;
    }
}
