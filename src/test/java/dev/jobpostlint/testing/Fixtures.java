package dev.jobpostlint.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Writes PDF and DOCX postings for tests, so end-to-end tests need no binary files in the repository.
 *
 * <p>Line conventions for both: {@code "# Heading"} is a heading; {@code "• item"} (PDF) or {@code "- item"}
 * (DOCX) is a bullet; anything else is a normal paragraph (PDF lines longer than the page are wrapped, and
 * wrapped bullet lines are indented like a word processor would).
 */
public final class Fixtures {

    private static final float MARGIN = 56;
    private static final float BODY_SIZE = 11;
    private static final float HEADING_SIZE = 16;
    private static final float LEADING = 1.45f;

    private Fixtures() {
    }

    /** Writes a PDF with one page per list entry; each string is a line (see the class comment). */
    public static Path writePdf(Path file, List<List<String>> pages) {
        try (PDDocument document = pdf(pages)) {
            document.save(file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same PDF as {@link #writePdf}, still open, e.g. to encrypt it before saving. */
    public static PDDocument pdf(List<List<String>> pages) throws IOException {
        PDDocument document = new PDDocument();
        PDFont body = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        for (List<String> lines : pages) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            float width = page.getMediaBox().getWidth() - 2 * MARGIN;
            float y = page.getMediaBox().getHeight() - MARGIN;
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                for (String line : lines) {
                    boolean heading = line.startsWith("# ");
                    boolean bullet = line.startsWith("• ");
                    PDFont font = heading ? bold : body;
                    float size = heading ? HEADING_SIZE : BODY_SIZE;
                    String text = sanitize(heading ? line.substring(2) : line, font);
                    if (heading) {
                        y -= size * 0.6f;
                    }
                    boolean first = true;
                    for (String row : wrap(text, font, size, width - (bullet ? 12 : 0))) {
                        float x = MARGIN + (bullet && !first ? 12 : 0);
                        content.beginText();
                        content.setFont(font, size);
                        content.newLineAtOffset(x, y);
                        content.showText(row);
                        content.endText();
                        y -= size * LEADING;
                        first = false;
                    }
                }
            }
        }
        return document;
    }

    private static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        List<String> rows = new ArrayList<>();
        StringBuilder row = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = row.isEmpty() ? word : row + " " + word;
            if (!row.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                rows.add(row.toString());
                row.setLength(0);
                row.append(word);
            } else {
                row.setLength(0);
                row.append(candidate);
            }
        }
        rows.add(row.toString());
        return rows;
    }

    /** The standard fonts know only WinAnsi; anything else becomes a question mark instead of failing. */
    private static String sanitize(String text, PDFont font) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            String s = new String(Character.toChars(cp));
            try {
                font.encode(s);
                out.append(s);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }

    /** Writes a DOCX; {@code "# "} lines get the Heading 1 style, {@code "- "} lines become bullets. */
    public static Path writeDocx(Path file, List<String> lines) {
        try (OutputStream out = Files.newOutputStream(file)) {
            writeDocx(out, lines);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same DOCX as {@link #writeDocx(Path, List)}, as bytes. */
    public static byte[] docx(List<String> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writeDocx(out, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The same PDF as {@link #writePdf}, as bytes. */
    public static byte[] pdfBytes(List<List<String>> pages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = pdf(pages)) {
            document.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void writeDocx(OutputStream out, List<String> lines) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFStyles styles = document.createStyles();
            styles.addStyle(paragraphStyle("Heading1", "heading 1", 0));
            styles.addStyle(paragraphStyle("ListParagraph", "List Paragraph", -1));
            BigInteger bullets = bulletNumbering(document);
            for (String line : lines) {
                XWPFParagraph paragraph = document.createParagraph();
                String text = line;
                if (line.startsWith("# ")) {
                    paragraph.setStyle("Heading1");
                    text = line.substring(2);
                } else if (line.startsWith("- ")) {
                    paragraph.setStyle("ListParagraph");
                    paragraph.setNumID(bullets);
                    text = line.substring(2);
                }
                if (!text.isEmpty()) {
                    paragraph.createRun().setText(text);
                }
            }
            document.write(out);
        }
    }

    private static XWPFStyle paragraphStyle(String id, String name, int outlineLevel) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        if (outlineLevel >= 0) {
            style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
            style.addNewRPr().addNewB();
        }
        return new XWPFStyle(style);
    }

    private static BigInteger bulletNumbering(XWPFDocument document) {
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.ZERO);
        CTLvl level = abstractNum.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewNumFmt().setVal(STNumberFormat.BULLET);
        level.addNewLvlText().setVal("•");
        level.addNewStart().setVal(BigInteger.ONE);
        XWPFNumbering numbering = document.createNumbering();
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum));
        return numbering.addNum(abstractId);
    }
}
