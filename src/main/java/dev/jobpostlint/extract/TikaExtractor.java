package dev.jobpostlint.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.parser.CompositeParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParser;
import org.apache.tika.parser.microsoft.rtf.RTFParser;
import org.apache.tika.parser.odf.OpenDocumentParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads word-processor formats (ODT, RTF, DOC; located by paragraph) through Tika parsers, turning every
 * failure into a one-line {@link ExtractionException}. PDF is read by {@link PdfExtractor} from its layout;
 * only a PDF whose glyphs carry no usable positions comes here, to be read by its text lines alone.
 *
 * <p>The parser is built on first use and then shared; Tika parsers are stateless and thread-safe.
 * We build a {@link CompositeParser} over the four parsers we need instead of Tika's {@code AutoDetectParser}:
 * the type is already known from {@link FormatDetector}, so detecting again is wasted work, and the default
 * {@code AutoDetectParser()} loads every parser on the class path through the service loader. Measured on
 * JDK 17, cold JVM, 2 cores: {@code new DefaultDetector()} 690 ms (mostly the MIME database),
 * {@code new AutoDetectParser()} 160 ms after that, this composite under 1 ms after that. A PDF
 * skips the detector altogether (its magic bytes suffice), so the first PDF costs the parser classes only.
 */
final class TikaExtractor {

    /** More text than any posting holds; a parse stops here, keeps what it read, and says so. */
    static final int MAX_CHARS = 1_000_000;

    /** What a posting cut at {@link #MAX_CHARS} says. */
    static final String TRUNCATED = String.format(Locale.ROOT,
            "only the first %,d characters were read and checked", MAX_CHARS);

    private static final EmbeddedDocumentExtractor NO_EMBEDDED = new EmbeddedDocumentExtractor() {
        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
            // never called: shouldParseEmbedded says no
        }
    };

    private volatile Parser parser;

    /** A PDF by its text lines alone: the fallback of {@link PdfExtractor}. */
    ExtractedText extractPdf(byte[] content) throws ExtractionException {
        PdfTextHandler handler = new PdfTextHandler(MAX_CHARS);
        boolean cut = parse(content, "application/pdf", handler, "PDF");
        if (!handler.hasText()) {
            if (handler.pages() == 0) {
                throw ExtractionException.unreadable("not a valid PDF (no pages)");
            }
            throw ExtractionException.unreadable("no text: the PDF holds only scanned images (OCR is not supported)");
        }
        return cut ? handler.toText().withNotice(TRUNCATED) : handler.toText();
    }

    ExtractedText extractDocument(byte[] content, String mediaType, String label) throws ExtractionException {
        ParagraphHandler handler = new ParagraphHandler(MAX_CHARS);
        boolean cut = parse(content, mediaType, handler, label);
        ExtractedText text = handler.toText();
        if (text.blocks().isEmpty()) {
            throw ExtractionException.unreadable("no text: the " + label + " file holds no text");
        }
        return cut ? text.withNotice(TRUNCATED) : text;
    }

    /** Parses into the handler; true when the text was cut at {@link #MAX_CHARS}. */
    private boolean parse(byte[] content, String mediaType, ContentHandler handler, String label)
            throws ExtractionException {
        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, mediaType);
        ParseContext context = new ParseContext();
        context.set(PDFParserConfig.class, pdfConfig());
        // We read the document's own text, never attachments. Without an extractor here, Tika builds one around
        // a new AutoDetectParser, whose default config loads every parser and the MIME database: 0.7 s of CPU
        // on the first PDF of a run, more than the rest of a cold single-PDF check.
        context.set(EmbeddedDocumentExtractor.class, NO_EMBEDDED);
        try (InputStream in = TikaInputStream.get(content)) {
            parser().parse(in, handler, metadata, context);
            return false;
        } catch (TextLimitException enough) {
            return true;
        } catch (EncryptedDocumentException e) {
            throw ExtractionException.unreadable("encrypted " + label + ": cannot read its text without the password", e);
        } catch (LinkageError e) {
            throw ExtractionException.unreadable("not a valid " + label + " (it is compressed with a method this program"
                    + " cannot read)", e);
        } catch (TikaException | IOException | SAXException | RuntimeException e) {
            if (isEncryption(e)) {
                throw ExtractionException.unreadable("encrypted " + label + ": cannot read its text without the password", e);
            }
            throw ExtractionException.unreadable("not a valid " + label + " (" + Reasons.shortReason(e) + ")", e);
        }
    }

    private static boolean isEncryption(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EncryptedDocumentException
                    || t.getClass().getName().equals("org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException")) {
                return true;
            }
        }
        return false;
    }

    private static PDFParserConfig pdfConfig() {
        PDFParserConfig config = new PDFParserConfig();
        // only the page text: no OCR, no images, no outline, annotations or form fields appended after it
        config.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        config.setExtractInlineImages(false);
        config.setExtractBookmarksText(false);
        config.setExtractAnnotationText(false);
        config.setExtractAcroFormContent(false);
        return config;
    }

    private Parser parser() {
        Parser result = parser;
        if (result == null) {
            synchronized (this) {
                result = parser;
                if (result == null) {
                    // an empty registry: we pass exact types, and the default one would load the MIME database
                    result = new CompositeParser(new MediaTypeRegistry(),
                            new PDFParser(), new OfficeParser(), new OpenDocumentParser(), new RTFParser());
                    parser = result;
                }
            }
        }
        return result;
    }
}
