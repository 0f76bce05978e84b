package dev.jobpostlint.extract;

import static dev.jobpostlint.extract.Extracts.blocks;
import static dev.jobpostlint.extract.Extracts.locate;
import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jobpostlint.testing.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocxExtractorTest {

    private static final List<String> POSTING = List.of(
            "# Social Media Manager",
            "Wir suchen Verstärkung für unser Team.",
            "",
            "# Dein Profil",
            "- Mindestens 10.000 Follower auf Instagram",
            "- Teamgeist",
            "Wir freuen uns auf dich.");

    @TempDir
    Path dir;

    @Test
    void makesHeadingsListItemsAndParagraphs() throws Exception {
        ExtractedText text = new Extractor(1_000_000).extract(Fixtures.writeDocx(dir.resolve("posting.docx"), POSTING));

        assertThat(text.format()).isEqualTo(SourceFormat.DOCX);
        assertThat(blocks(text)).containsExactly(
                "HEADING: Social Media Manager",
                "PARAGRAPH: Wir suchen Verstärkung für unser Team.",
                "HEADING: Dein Profil",
                "LIST_ITEM: Mindestens 10.000 Follower auf Instagram",
                "LIST_ITEM: Teamgeist",
                "PARAGRAPH: Wir freuen uns auf dich.");
    }

    @Test
    void locatesTextByParagraphNumberCountingEveryBodyParagraph() throws Exception {
        ExtractedText text = new Extractor(1_000_000).extract(Fixtures.writeDocx(dir.resolve("posting.docx"), POSTING));

        assertThat(locate(text, "Social Media")).isEqualTo(SourceLocation.paragraph(1));
        assertThat(locate(text, "Wir suchen")).isEqualTo(SourceLocation.paragraph(2));
        // the empty third paragraph counts
        assertThat(locate(text, "Dein Profil")).isEqualTo(SourceLocation.paragraph(4));
        assertThat(locate(text, "10.000 Follower")).isEqualTo(SourceLocation.paragraph(5));
        assertThat(locate(text, "freuen")).isEqualTo(SourceLocation.paragraph(7));
    }

    @Test
    void countsTableCellParagraphsWhereTheTableStands() throws Exception {
        Path file = Fixtures.writeDocx(dir.resolve("table.docx"), List.of("# Eckdaten", "Ende."));
        try (XWPFDocument document = new XWPFDocument(Files.newInputStream(file))) {
            XWPFTable table = document.insertNewTbl(document.getParagraphArray(1).getCTP().newCursor());
            table.getRow(0).getCell(0).setText("Standort");
            table.getRow(0).addNewTableCell().setText("Berlin");
            try (OutputStream out = Files.newOutputStream(dir.resolve("with-table.docx"))) {
                document.write(out);
            }
        }

        ExtractedText text = new Extractor(1_000_000).extract(dir.resolve("with-table.docx"));

        assertThat(blocks(text)).containsExactly(
                "HEADING: Eckdaten", "PARAGRAPH: Standort", "PARAGRAPH: Berlin", "PARAGRAPH: Ende.");
        assertThat(locate(text, "Berlin")).isEqualTo(SourceLocation.paragraph(3));
        assertThat(locate(text, "Ende")).isEqualTo(SourceLocation.paragraph(4));
    }

    @Test
    void readsADocxWithAnEntryNameThatIsNotUtf8() throws Exception {
        ByteArrayOutputStream latin1 = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(Fixtures.docx(POSTING)));
             ZipOutputStream out = new ZipOutputStream(latin1, StandardCharsets.ISO_8859_1)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(out);
            }
            out.putNextEntry(new ZipEntry("Stellenanzeige-Köln.xml"));
        }

        ExtractedText text = new Extractor(1_000_000).extract("posting.docx", latin1.toByteArray());

        assertThat(text.text()).contains("Mindestens 10.000 Follower auf Instagram");
    }

    @Test
    void refusesAPasswordProtectedDocx() throws Exception {
        Path plain = Fixtures.writeDocx(dir.resolve("plain.docx"), POSTING);
        Path secret = dir.resolve("secret.docx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OPCPackage opc = OPCPackage.open(plain.toFile()); OutputStream os = encryptor.getDataStream(fs)) {
                opc.save(os);
            }
            try (OutputStream out = Files.newOutputStream(secret)) {
                fs.writeFilesystem(out);
            }
        }

        assertThatThrownBy(() -> new Extractor(1_000_000).extract(secret))
                .isInstanceOf(ExtractionException.class)
                .hasMessage("encrypted DOCX: cannot read its text without the password");
    }
}
