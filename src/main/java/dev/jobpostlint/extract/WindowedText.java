package dev.jobpostlint.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.commonmark.node.Node;

/**
 * A large Markdown or plain-text file, extracted one window at a time, so that memory does not grow with the
 * file: a window is read, extracted and handed on before the next is read. The windows give the blocks and
 * source locations the whole file would give. The file is read once to choose its encoding as
 * {@link TextDecoder} would for the whole; once more, for Markdown that may define links, to collect the link
 * labels every window must know; and once, window by window, for its text.
 */
final class WindowedText implements ExtractedWindows {

    /** What a first reading of the file found: whether it is all valid UTF-8, and whether it may define links. */
    private record Scan(boolean utf8, boolean mayDefineLinks) {
    }

    /** A window of Markdown, made ready to read alone, and its syntax tree. */
    private record ParsedWindow(SourceWindows.Window window, String source, Node document) {
    }

    private final Path file;
    private final SourceFormat format;
    private final TextDecoder.Encoding encoding;
    private final int windowChars;
    private final MarkdownExtractor markdown;
    private final PlainTextExtractor plainText;
    private List<String> linkLabels = List.of();
    private SourceWindows windows;
    private boolean anyContent;
    private boolean anyBlocks;
    private int textLength;

    private WindowedText(Path file, SourceFormat format, TextDecoder.Encoding encoding, int windowChars,
                         MarkdownExtractor markdown, PlainTextExtractor plainText) {
        this.file = file;
        this.format = format;
        this.encoding = encoding;
        this.windowChars = windowChars;
        this.markdown = markdown;
        this.plainText = plainText;
    }

    /** Opens {@code file}, whose first bytes are {@code head}, to be read in windows of about {@code windowChars}. */
    static WindowedText open(Path file, SourceFormat format, byte[] head, int windowChars, MarkdownExtractor markdown,
                             PlainTextExtractor plainText) throws IOException {
        Scan scan = scan(file);
        WindowedText text = new WindowedText(file, format, TextDecoder.encoding(head, scan::utf8), windowChars,
                markdown, plainText);
        if (format == SourceFormat.MARKDOWN && scan.mayDefineLinks()) {
            text.linkLabels = List.copyOf(text.collectLinkLabels());
        }
        text.windows = new SourceWindows(text.lines(), format == SourceFormat.MARKDOWN);
        return text;
    }

    /** Reads the file as strict UTF-8; a file that is not UTF-8 is taken to perhaps define links. */
    private static Scan scan(Path file) throws IOException {
        boolean definitions = false;
        try (Reader in = new InputStreamReader(Files.newInputStream(file), TextDecoder.strictUtf8())) {
            char[] buffer = new char[1 << 16];
            char last = 0;
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                // no link is defined without "]:"
                for (int i = 0; i < n && !definitions; i++) {
                    definitions = buffer[i] == ':' && (i > 0 ? buffer[i - 1] : last) == ']';
                }
                last = buffer[n - 1];
            }
        } catch (CharacterCodingException notUtf8) {
            return new Scan(false, true);
        }
        return new Scan(true, definitions);
    }

    private Set<String> collectLinkLabels() throws IOException {
        Set<String> labels = new LinkedHashSet<>();
        try (SourceWindows all = new SourceWindows(lines(), true)) {
            for (SourceWindows.Window w = all.next(windowChars); w != null; w = all.next(windowChars)) {
                labels.addAll(MarkdownExtractor.linkLabels(parse(all, w).document()));
            }
        }
        return labels;
    }

    private LineReader lines() throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            in.skipNBytes(encoding.skip());
        } catch (IOException e) {
            in.close();
            throw e;
        }
        return new LineReader(new InputStreamReader(in, encoding.charset()));
    }

    /**
     * Parses a window; while a fenced code block or an HTML block is still open at its end, the window takes in
     * the lines after it, each time to twice its length, so that a long block is not parsed over and over.
     */
    private ParsedWindow parse(SourceWindows from, SourceWindows.Window first) throws IOException {
        SourceWindows.Window window = first;
        while (true) {
            String source = MarkdownExtractor.windowSource(window.source(), linkLabels);
            Node document = markdown.parse(source);
            if (window.last() || window.source().length() >= SourceWindows.MAX_WINDOW_CHARS
                    || !MarkdownExtractor.continuesPast(document, window.lineCount())) {
                return new ParsedWindow(window, source, document);
            }
            window = from.extend(window, (int) Math.min(Integer.MAX_VALUE - 16, 2L * window.source().length()));
        }
    }

    @Override
    public SourceFormat format() {
        return format;
    }

    @Override
    public boolean whole() {
        return false;
    }

    @Override
    public TextWindow next() throws ExtractionException {
        SourceWindows.Window window;
        ExtractedText text;
        try {
            window = windows.next(windowChars);
            if (window == null) {
                return finish();
            }
            if (format == SourceFormat.MARKDOWN) {
                ParsedWindow parsed = parse(windows, window);
                window = parsed.window();
                text = markdown.extract(parsed.source(), parsed.document());
            } else {
                text = plainText.extract(window.source());
            }
        } catch (IOException e) {
            throw Extractor.unreadable(e);
        } catch (MarkdownDepth.TooDeep e) {
            throw e.toChecked();
        }
        anyContent |= !window.source().isBlank();
        anyBlocks |= !text.blocks().isEmpty();
        // as in the whole text, a line break stands between the text of one window and the next
        int offset = textLength > 0 && !text.text().isEmpty() ? textLength + 1 : textLength;
        textLength = offset + text.text().length();
        return new TextWindow(text.withSource(window.source()), window.linesBefore(), offset);
    }

    /** After the last window: the reasons the whole file would have been refused for. */
    private TextWindow finish() throws ExtractionException {
        if (!anyContent) {
            throw ExtractionException.emptyFile();
        }
        if (!anyBlocks) {
            throw ExtractionException.noProse();
        }
        return null;
    }

    @Override
    public void close() {
        try {
            windows.close();
        } catch (IOException ignored) {
            // the file was only read
        }
    }
}
