package dev.jobpostlint.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

/**
 * Decides how to read a file from its content, using the name only as a hint. Text is recognised from its
 * first bytes without Tika (Markdown, HTML and plain text are the common case and must stay fast); binary
 * content goes to Tika's detector, which is built on first use (it loads the MIME database and opens zip and
 * OLE containers to tell DOCX from ODT from a plain archive).
 */
final class FormatDetector {

    /** How to read a file: as one of our formats, or not at all. */
    enum Kind { MARKDOWN, TEXT, HTML, PDF, DOCX, DOCUMENT, ENCRYPTED, NOT_A_POSTING }

    /** What a file holds; {@code mediaType} as Tika names it. */
    record Detection(Kind kind, String mediaType) {
    }

    static final int SNIFF_BYTES = 8192;
    private static final Set<String> MARKDOWN_EXTENSIONS = Set.of("md", "markdown", "mdown", "mkd", "mkdn");
    private static final Set<String> HTML_EXTENSIONS = Set.of("html", "htm", "xhtml", "shtml");
    private static final Pattern HTML_START = Pattern.compile(
            "\\A\\s*(<!--.*?-->\\s*)*<(!doctype\\s+html|html|head|body)\\b", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern HTML_TAGS = Pattern.compile(
            "</(p|div|li|ul|ol|h[1-6]|table|td|span|strong|b|a)>|<br\\s*/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern MARKDOWN_SIGNS = Pattern.compile(
            "(?m)^ {0,3}#{1,6} \\S|\\*\\*\\S|\\]\\(\\S+\\)|^ {0,3}[-*+] \\S[^\\n]*\\n {0,3}[-*+] \\S");

    private static final Set<String> DOCX_TYPES = Set.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.template",
            "application/vnd.ms-word.document.macroenabled.12",
            "application/vnd.ms-word.template.macroenabled.12");
    private static final Set<String> DOCUMENT_TYPES = Set.of(
            "application/msword", "application/rtf", "application/vnd.oasis.opendocument.text",
            "application/vnd.oasis.opendocument.text-template", "application/x-tika-msoffice");
    private static final Set<String> ENCRYPTED_TYPES = Set.of(
            "application/x-tika-ooxml-protected", "application/x-tika-msoffice-encrypted");

    private volatile Detector detector;

    /** What {@code content} holds; {@code name} is the file name, {@code "-"} for standard input. */
    Detection detect(String name, byte[] content) throws IOException {
        Detection quick = detectFromHead(name, content);
        if (quick != null) {
            return quick;
        }
        MediaType type;
        try (InputStream in = TikaInputStream.get(content)) {
            // no name in the metadata: a random file named .docx must not be taken for a DOCX
            type = detector().detect(in, new Metadata());
        }
        String base = type.getBaseType().toString();
        if ("application/pdf".equals(base)) {
            return new Detection(Kind.PDF, base);
        }
        if (DOCX_TYPES.contains(base)) {
            return new Detection(Kind.DOCX, base);
        }
        if (DOCUMENT_TYPES.contains(base)) {
            return new Detection(Kind.DOCUMENT, base);
        }
        if (ENCRYPTED_TYPES.contains(base)) {
            return new Detection(Kind.ENCRYPTED, base);
        }
        return new Detection(Kind.NOT_A_POSTING, base);
    }

    /**
     * What a file holds when its first bytes say it: text (Markdown, HTML or plain) or PDF; null for other binary
     * content, which needs Tika and the whole file. Reads only the first {@value #SNIFF_BYTES} bytes of {@code head}.
     */
    static Detection detectFromHead(String name, byte[] head) {
        if (isText(head)) {
            return new Detection(textKind(extension(name), name, head), "text/plain");
        }
        if (startsWith(head, "%PDF-")) {
            // the common binary case needs no detector: loading Tika's MIME database costs ~0.7 s on a cold start
            return new Detection(Kind.PDF, "application/pdf");
        }
        return null;
    }

    static String extension(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        int dot = name.lastIndexOf('.');
        return dot > slash && dot < name.length() - 1 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    private static Kind textKind(String extension, String name, byte[] content) {
        if (MARKDOWN_EXTENSIONS.contains(extension)) {
            return Kind.MARKDOWN;
        }
        if (HTML_EXTENSIONS.contains(extension)) {
            return Kind.HTML;
        }
        String head = new String(content, 0, Math.min(content.length, SNIFF_BYTES), StandardCharsets.UTF_8);
        if (looksLikeHtml(head)) {
            return Kind.HTML;
        }
        // only text without a telling name may be Markdown: a .txt file is read as the plain text it claims to be
        if (extension.isEmpty() && MARKDOWN_SIGNS.matcher(head).find()) {
            return Kind.MARKDOWN;
        }
        return Kind.TEXT;
    }

    private static boolean looksLikeHtml(String head) {
        String text = head.startsWith("\uFEFF") ? head.substring(1) : head;
        if (HTML_START.matcher(text).find()) {
            return true;
        }
        // a fragment: starts with a tag and closes a few block or inline tags
        if (!text.stripLeading().startsWith("<")) {
            return false;
        }
        Matcher tags = HTML_TAGS.matcher(text);
        int count = 0;
        while (tags.find() && count < 2) {
            count++;
        }
        return count >= 2;
    }

    /**
     * Whether the first bytes are text: no NUL bytes, hardly any control characters, and not one of the
     * document formats that begin in ASCII ({@code %PDF}, {@code {\rtf}); XML other than XHTML goes to Tika.
     */
    static boolean isText(byte[] content) {
        int n = Math.min(content.length, SNIFF_BYTES);
        if (n >= 2 && ((content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF
                || (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE)) {
            return true;
        }
        if (startsWith(content, "%PDF") || startsWith(content, "{\\rtf") || startsWith(content, "<?xml")
                && !new String(content, 0, n, StandardCharsets.ISO_8859_1).contains("<html")) {
            return false;
        }
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = content[i] & 0xFF;
            if (b == 0) {
                return false;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
                control++;
            }
        }
        return control * 100 <= n;
    }

    private static boolean startsWith(byte[] content, String prefix) {
        int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB ? 3 : 0;
        if (content.length - start < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (content[start + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private Detector detector() {
        Detector result = detector;
        if (result == null) {
            synchronized (this) {
                result = detector;
                if (result == null) {
                    result = new DefaultDetector();
                    detector = result;
                }
            }
        }
        return result;
    }
}
