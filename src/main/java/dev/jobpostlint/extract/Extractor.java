package dev.jobpostlint.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a posting file into {@link ExtractedText}: checks its size, detects its format from the content and
 * hands it to the reader for that format. Thread-safe: one instance serves all files of a run, and the
 * Tika parsers are built once, on the first PDF or office document.
 */
public final class Extractor {

    /** Extensions that claim a document format: content that is none of ours is then a broken file, not a stray one. */
    private static final Map<String, String> DOCUMENT_EXTENSIONS = Map.of(
            "pdf", "PDF", "docx", "DOCX", "docm", "DOCX", "doc", "DOC", "odt", "ODT", "rtf", "RTF");

    private final long maxBytes;
    private final FormatDetector detector = new FormatDetector();
    private final MarkdownExtractor markdown = new MarkdownExtractor();
    private final HtmlExtractor html = new HtmlExtractor();
    private final PlainTextExtractor plainText = new PlainTextExtractor();
    private final DocxExtractor docx = new DocxExtractor();
    private final TikaExtractor tika = new TikaExtractor();
    private final PdfExtractor pdf = new PdfExtractor(tika);

    public Extractor(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public ExtractedText extract(Path file) throws ExtractionException {
        byte[] content;
        try {
            // size first: a huge file is refused before a byte of it is read
            checkSize(Files.size(file));
            try (InputStream in = Files.newInputStream(file)) {
                content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            }
        } catch (NoSuchFileException e) {
            throw ExtractionException.unreadable("no such file", e);
        } catch (AccessDeniedException e) {
            throw ExtractionException.unreadable("permission denied", e);
        } catch (IOException e) {
            throw ExtractionException.unreadable("cannot read the file (" + Reasons.shortReason(e) + ")", e);
        }
        Path name = file.getFileName();
        return extract(name == null ? file.toString() : name.toString(), content);
    }

    /** Reads {@code content} of a file called {@code name}; {@code "-"} for standard input. */
    public ExtractedText extract(String name, byte[] content) throws ExtractionException {
        checkSize(content.length);
        if (content.length == 0) {
            throw ExtractionException.unreadable("empty file");
        }
        FormatDetector.Detection detection;
        try {
            detection = detector.detect(name, content);
        } catch (IOException | RuntimeException e) {
            throw ExtractionException.unreadable("cannot tell the file type (" + Reasons.shortReason(e) + ")", e);
        }
        String claimed = DOCUMENT_EXTENSIONS.get(FormatDetector.extension(name));
        String source = detection.kind() == FormatDetector.Kind.MARKDOWN || detection.kind() == FormatDetector.Kind.HTML
                || detection.kind() == FormatDetector.Kind.TEXT ? TextDecoder.decode(content) : null;
        if (source != null && source.isBlank()) {
            throw ExtractionException.unreadable("empty file");
        }
        ExtractedText text = switch (detection.kind()) {
            case MARKDOWN -> markdown.extract(source);
            case HTML -> html.extract(source);
            case TEXT -> plainText.extract(source);
            case PDF -> pdf.extract(content);
            case DOCX -> docx.extract(content);
            case DOCUMENT -> tika.extractDocument(content, detection.mediaType(), claimed == null ? "document" : claimed);
            case ENCRYPTED -> throw ExtractionException.unreadable(
                    "encrypted " + (claimed == null ? "document" : claimed) + ": cannot read its text without the password");
            case NOT_A_POSTING -> {
                if (claimed != null) {
                    throw ExtractionException.unreadable("not a valid " + claimed + " file (the content is "
                            + detection.mediaType() + ")");
                }
                throw ExtractionException.notAPosting(detection.mediaType());
            }
        };
        if (text.blocks().isEmpty()) {
            throw ExtractionException.unreadable("no text: nothing in the file reads as prose");
        }
        return source == null ? text : text.withSource(source);
    }

    private void checkSize(long size) throws ExtractionException {
        if (size > maxBytes) {
            throw ExtractionException.unreadable("too large: " + formatSize(size) + " (limit " + formatSize(maxBytes) + ")");
        }
    }

    static String formatSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
