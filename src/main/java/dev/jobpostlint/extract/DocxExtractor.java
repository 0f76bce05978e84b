package dev.jobpostlint.extract;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Reads DOCX with POI, one block per paragraph, located by paragraph number.
 *
 * <p>Paragraph numbers: every paragraph ({@code w:p}) of the main document body counts, in document order,
 * starting at 1: headings, list items, normal paragraphs and empty paragraphs alike, and the paragraphs in
 * table cells (row by row, cell by cell) where the table stands; a content control counts as one paragraph.
 * Headers, footers, footnotes, comments and text boxes are not read and do not count. These are the numbers a
 * script walking the body (POI, python-docx including tables) would give. We read the body with POI
 * directly rather than through Tika's XHTML because Tika writes headers and footers into the same stream,
 * which would shift the numbers.
 *
 * <p>A paragraph in a "Heading n" or "Title" style is a heading; one with list numbering (bullets or numbers)
 * or a list style is a list item.
 */
final class DocxExtractor {

    ExtractedText extract(byte[] content) throws ExtractionException {
        TextBuilder out = TextBuilder.withoutLines();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            Counter counter = new Counter();
            for (IBodyElement element : document.getBodyElements()) {
                read(element, document.getStyles(), out, counter);
            }
        } catch (EncryptedDocumentException e) {
            throw ExtractionException.unreadable("encrypted DOCX: cannot read its text without the password", e);
        } catch (Exception | LinkageError e) {
            throw ExtractionException.unreadable("not a valid DOCX file (" + Reasons.shortReason(e) + ")", e);
        }
        ExtractedText text = out.build(SourceFormat.DOCX);
        if (text.blocks().isEmpty()) {
            throw ExtractionException.unreadable("no text: the DOCX file holds no text");
        }
        return text;
    }

    /** Counts paragraphs across tables and nested tables. */
    private static final class Counter {
        int paragraphs;
    }

    private static void read(IBodyElement element, XWPFStyles styles, TextBuilder out, Counter counter) {
        if (element instanceof XWPFParagraph paragraph) {
            int number = ++counter.paragraphs;
            out.appendUnit(paragraph.getText(), 0, number);
            out.endBlock(kindOf(paragraph, styles));
        } else if (element instanceof XWPFTable table) {
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    for (IBodyElement inner : cell.getBodyElements()) {
                        // text in a table cell is a paragraph whatever its style: cells hold facts, not headings
                        if (inner instanceof XWPFParagraph p) {
                            int number = ++counter.paragraphs;
                            out.appendUnit(p.getText(), 0, number);
                            out.endBlock(BlockKind.PARAGRAPH);
                        } else {
                            read(inner, styles, out, counter);
                        }
                    }
                }
            }
        } else if (element instanceof XWPFSDT control) {
            int number = ++counter.paragraphs;
            out.appendUnit(control.getContent().getText(), 0, number);
            out.endBlock(BlockKind.PARAGRAPH);
        }
    }

    private static BlockKind kindOf(XWPFParagraph paragraph, XWPFStyles styles) {
        String styleId = paragraph.getStyleID();
        String style = styleId == null ? "" : styleId;
        if (styleId != null && styles != null) {
            XWPFStyle definition = styles.getStyle(styleId);
            if (definition != null && definition.getName() != null) {
                style = definition.getName();
            }
        }
        String key = style.toLowerCase(Locale.ROOT).replace(" ", "");
        if (key.matches("heading\\d|title|subtitle|berschrift\\d|überschrift\\d|titel")) {
            return BlockKind.HEADING;
        }
        if (paragraph.getNumID() != null || key.startsWith("list") || key.startsWith("liste")) {
            return BlockKind.LIST_ITEM;
        }
        return BlockKind.PARAGRAPH;
    }
}
