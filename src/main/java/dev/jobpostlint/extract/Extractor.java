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

    /**
     * Why a zip packed with Zstandard or XZ cannot be read: commons-compress, under Tika's detector and ODT reader,
     * needs a library for them that is not on the class path, and fails with a {@link NoClassDefFoundError}.
     */
    static final String COMPRESSION_WE_CANNOT_READ =
            "cannot tell the file type (it is compressed with a method this program cannot read)";

    /** Markdown and plain-text files larger than this are read in windows of about this many characters. */
    public static final int DEFAULT_WINDOW_CHARS = 1 << 18;

    private final long maxBytes;
    private final long maxTextBytes;
    private final int windowChars;
    private final FormatDetector detector = new FormatDetector();
    private final MarkdownExtractor markdown = new MarkdownExtractor();
    private final HtmlExtractor html = new HtmlExtractor();
    private final PlainTextExtractor plainText = new PlainTextExtractor();
    private final DocxExtractor docx = new DocxExtractor();
    private final TikaExtractor tika = new TikaExtractor();
    private final PdfExtractor pdf = new PdfExtractor(tika);

    /** An extractor that reads every file whole, up to {@code maxBytes}. */
    public Extractor(long maxBytes) {
        this(maxBytes, maxBytes, Integer.MAX_VALUE);
    }

    /**
     * @param maxBytes     larger files are refused, except Markdown and plain text
     * @param maxTextBytes larger Markdown and plain-text files are refused
     * @param windowChars  Markdown and plain-text files of more bytes than this are read in windows of about this
     *                     many characters, to keep memory flat
     */
    public Extractor(long maxBytes, long maxTextBytes, int windowChars) {
        this.maxBytes = maxBytes;
        this.maxTextBytes = maxTextBytes;
        this.windowChars = windowChars;
    }

    /** Reads a file whole, whatever its format, up to {@code maxBytes}. */
    public ExtractedText extract(Path file) throws ExtractionException {
        // size first: a huge file is refused before a byte of it is read
        checkSize(size(file));
        return extractContent(fileName(file), readWhole(file, maxBytes), Integer.MAX_VALUE);
    }

    /**
     * Opens a file to be read window by window: a large Markdown or plain-text file in windows of about
     * {@code windowChars}, up to {@code maxTextBytes}; any other file whole, as one window, up to {@code maxBytes}.
     */
    public ExtractedWindows open(Path file) throws ExtractionException {
        long size = size(file);
        if (size <= Math.min(maxBytes, maxTextBytes) && size <= windowChars) {
            return ExtractedWindows.of(extractContent(fileName(file), readWhole(file, maxBytes), Integer.MAX_VALUE));
        }
        byte[] head = readHead(file);
        FormatDetector.Detection detection = FormatDetector.detectFromHead(fileName(file), head);
        boolean text = detection != null
                && (detection.kind() == FormatDetector.Kind.MARKDOWN || detection.kind() == FormatDetector.Kind.TEXT);
        long limit = text ? maxTextBytes : maxBytes;
        if (size > limit) {
            throw tooLarge(size, limit, fileName(file), detection);
        }
        if (!text || size <= windowChars) {
            return ExtractedWindows.of(extractContent(fileName(file), readWhole(file, limit), Integer.MAX_VALUE));
        }
        SourceFormat format = detection.kind() == FormatDetector.Kind.MARKDOWN ? SourceFormat.MARKDOWN : SourceFormat.TEXT;
        try {
            return WindowedText.open(file, format, head, windowChars, markdown, plainText);
        } catch (IOException e) {
            throw unreadable(e);
        } catch (MarkdownDepth.TooDeep e) {
            throw e.toChecked();
        }
    }

    private static String fileName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    private static long size(Path file) throws ExtractionException {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    private static byte[] readHead(Path file) throws ExtractionException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(FormatDetector.SNIFF_BYTES);
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    private static byte[] readWhole(Path file, long limit) throws ExtractionException {
        byte[] content;
        try (InputStream in = Files.newInputStream(file)) {
            content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        } catch (IOException e) {
            throw unreadable(e);
        }
        if (content.length > limit) {
            // it grew since its size was taken
            throw ExtractionException.unreadable("too large: more than " + formatSize(limit));
        }
        return content;
    }

    static ExtractionException unreadable(IOException e) {
        if (e instanceof LineReader.LineTooLong) {
            return ExtractionException.unreadable(e.getMessage());
        }
        if (e instanceof NoSuchFileException) {
            return ExtractionException.unreadable("no such file", e);
        }
        if (e instanceof AccessDeniedException) {
            return ExtractionException.unreadable("permission denied", e);
        }
        return ExtractionException.unreadable("cannot read the file (" + Reasons.shortReason(e) + ")", e);
    }

    /**
     * Reads {@code content} of a file called {@code name}; {@code "-"} for standard input. Read whole, not in
     * windows, so Markdown and plain text are cut at {@link TikaExtractor#MAX_CHARS} like HTML and PDF: twenty
     * megabytes of one-word lines took a gigabyte of heap (Markdown more than two).
     */
    public ExtractedText extract(String name, byte[] content) throws ExtractionException {
        checkSize(content.length);
        return extractContent(name, content, TikaExtractor.MAX_CHARS);
    }

    /** @param maxMarkupChars Markdown and plain text are cut at the last line break before this many characters */
    private ExtractedText extractContent(String name, byte[] content, int maxMarkupChars) throws ExtractionException {
        if (content.length == 0) {
            throw ExtractionException.emptyFile();
        }
        FormatDetector.Detection detection;
        try {
            detection = detector.detect(name, content);
        } catch (IOException | RuntimeException e) {
            throw ExtractionException.unreadable("cannot tell the file type (" + Reasons.shortReason(e) + ")", e);
        } catch (LinkageError e) {
            throw ExtractionException.unreadable(COMPRESSION_WE_CANNOT_READ, e);
        }
        String claimed = DOCUMENT_EXTENSIONS.get(FormatDetector.extension(name));
        String source = detection.kind() == FormatDetector.Kind.MARKDOWN || detection.kind() == FormatDetector.Kind.HTML
                || detection.kind() == FormatDetector.Kind.TEXT ? TextDecoder.decode(content) : null;
        if (source != null && source.isBlank()) {
            throw ExtractionException.emptyFile();
        }
        // HTML is cut as its elements are read, after they have been counted
        boolean cut = source != null && detection.kind() != FormatDetector.Kind.HTML
                && source.length() > maxMarkupChars;
        if (cut) {
            source = cutAtLineBreak(source, maxMarkupChars);
        }
        ExtractedText text = switch (detection.kind()) {
            case MARKDOWN -> {
                try {
                    yield markdown.extract(source);
                } catch (MarkdownDepth.TooDeep e) {
                    throw e.toChecked();
                }
            }
            case HTML -> html.extract(source);
            case TEXT -> plainText.extract(source);
            case PDF -> pdf.extract(content);
            case DOCX -> {
                ZipBounds.check(content, maxBytes, "DOCX");
                yield docx.extract(content);
            }
            case DOCUMENT -> {
                String label = claimed == null ? "document" : claimed;
                ZipBounds.check(content, maxBytes, label);
                yield tika.extractDocument(content, detection.mediaType(), label);
            }
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
            throw ExtractionException.noProse();
        }
        if (cut) {
            text = text.withNotice(text.notice() == null ? TikaExtractor.TRUNCATED
                    : TikaExtractor.TRUNCATED + "; " + text.notice());
        }
        return source == null ? text : text.withSource(source);
    }

    /** The start of {@code source} up to its last line break before {@code maxChars}, or up to there. */
    private static String cutAtLineBreak(String source, int maxChars) {
        int end = source.lastIndexOf('\n', maxChars - 1) + 1;
        if (end == 0) {
            end = Character.isHighSurrogate(source.charAt(maxChars - 1)) ? maxChars - 1 : maxChars;
        }
        return source.substring(0, end);
    }

    private void checkSize(long size) throws ExtractionException {
        if (size > maxBytes) {
            throw ExtractionException.unreadable("too large: " + formatSize(size) + " (limit " + formatSize(maxBytes) + ")");
        }
    }

    /**
     * Names the format whose limit was passed and the option that sets it: Markdown and plain text are read in
     * windows and may be much larger than the formats read whole.
     */
    private static ExtractionException tooLarge(long size, long limit, String name, FormatDetector.Detection detection) {
        String kind = DOCUMENT_EXTENSIONS.get(FormatDetector.extension(name));
        String option = "--max-file-size";
        if (detection != null) {
            kind = switch (detection.kind()) {
                case MARKDOWN -> "Markdown";
                case TEXT -> "plain-text";
                case HTML -> "HTML";
                case PDF -> "PDF";
                default -> kind;
            };
            option = detection.kind() == FormatDetector.Kind.MARKDOWN || detection.kind() == FormatDetector.Kind.TEXT
                    ? "--max-text-size" : option;
        }
        return ExtractionException.unreadable("too large: " + formatSize(size) + " (limit "
                + (kind == null ? "" : "for " + kind + " files ") + formatSize(limit) + ", see " + option + ")");
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
