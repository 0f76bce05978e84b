package dev.jobpostlint.extract;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads PDF with PDFBox, located by page, and finds headings, list items and paragraphs from the layout
 * (font sizes, bold faces, indents, gaps; see {@link PdfLayout}) rather than from the bare text, where a wrapped
 * line and a heading look alike. Stateless and thread-safe.
 */
final class PdfExtractor {

    private final TikaExtractor textOnly;

    /** {@code textOnly} reads a PDF whose glyphs carry no usable positions, by its text alone. */
    PdfExtractor(TikaExtractor textOnly) {
        this.textOnly = textOnly;
    }

    ExtractedText extract(byte[] content) throws ExtractionException {
        List<PdfLine> lines;
        List<PdfBulletMarks.Mark> marks;
        boolean truncated;
        try (PDDocument document = Loader.loadPDF(content)) {
            if (document.getNumberOfPages() == 0) {
                throw ExtractionException.unreadable("not a valid PDF (no pages)");
            }
            PdfLineReader reader = new PdfLineReader(TikaExtractor.MAX_CHARS);
            lines = reader.read(document);
            marks = reader.marks();
            truncated = reader.truncated();
        } catch (InvalidPasswordException e) {
            throw ExtractionException.unreadable("encrypted PDF: cannot read its text without the password", e);
        } catch (IOException | RuntimeException e) {
            throw ExtractionException.unreadable("not a valid PDF (" + Reasons.shortReason(e) + ")", e);
        }
        if (lines.isEmpty()) {
            throw ExtractionException.unreadable("no text: the PDF holds only scanned images (OCR is not supported)");
        }
        if (!PdfLayout.hasPositions(lines)) {
            return textOnly.extractPdf(content);
        }
        ExtractedText text = PdfLayout.toText(lines, marks);
        return truncated ? text.withNotice(TikaExtractor.TRUNCATED) : text;
    }
}
