package dev.jobpostlint.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a text file into the string an editor would show: byte order mark honoured and
 * dropped, UTF-8 when the bytes are valid UTF-8, else an HTML {@code <meta charset>}, else Windows-1252.
 */
final class TextDecoder {

    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-:.]+)", Pattern.CASE_INSENSITIVE);
    private static final Charset FALLBACK = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    /** How a text file is decoded: its charset, after a byte order mark of {@code skip} bytes. */
    record Encoding(Charset charset, int skip) {
    }

    static String decode(byte[] bytes) {
        Encoding marked = byteOrderMark(bytes);
        if (marked != null) {
            return new String(bytes, marked.skip(), bytes.length - marked.skip(), marked.charset());
        }
        try {
            return strictUtf8().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, declaredCharset(bytes));
        }
    }

    /**
     * The encoding {@link #decode} would choose for a file too large to hold as bytes: {@code head} is its first
     * kilobytes, {@code utf8} whether all of it is valid UTF-8.
     */
    static Encoding encoding(byte[] head, BooleanSupplier utf8) {
        Encoding marked = byteOrderMark(head);
        if (marked != null) {
            return marked;
        }
        return new Encoding(utf8.getAsBoolean() ? StandardCharsets.UTF_8 : declaredCharset(head), 0);
    }

    /** A UTF-8 decoder that reports malformed input instead of replacing it. */
    static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static Encoding byteOrderMark(byte[] bytes) {
        int n = bytes.length;
        if (n >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new Encoding(StandardCharsets.UTF_8, 3);
        }
        if (n >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new Encoding(StandardCharsets.UTF_16BE, 2);
        }
        if (n >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new Encoding(StandardCharsets.UTF_16LE, 2);
        }
        return null;
    }

    /** The charset an HTML head declares in its first kilobytes, or Windows-1252 (what browsers assume). */
    private static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (m.find()) {
            try {
                Charset declared = Charset.forName(m.group(1).toLowerCase(Locale.ROOT));
                // a page that declares UTF-8 but is not valid UTF-8 was most likely saved as Windows-1252
                return declared.equals(StandardCharsets.UTF_8) ? FALLBACK : declared;
            } catch (RuntimeException unknown) {
                return FALLBACK;
            }
        }
        return FALLBACK;
    }
}
