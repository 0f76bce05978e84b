package dev.jobpostlint.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractorTest {

    @TempDir
    Path dir;

    private final Extractor extractor = new Extractor(1_000_000);

    @Test
    void reportsAMissingFile() {
        assertThatThrownBy(() -> extractor.extract(dir.resolve("missing.md")))
                .isInstanceOf(ExtractionException.class)
                .hasMessage("no such file");
    }

    @Test
    void reportsAnEmptyFile() throws Exception {
        Path file = Files.createFile(dir.resolve("empty.md"));

        assertThatThrownBy(() -> extractor.extract(file)).hasMessage("empty file");
        assertThatThrownBy(() -> extractor.extract("blank.txt", " \n\n ".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("empty file");
    }

    @Test
    void refusesAFileLargerThanTheLimitBeforeReadingIt() throws Exception {
        Path file = dir.resolve("huge.pdf");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(50L * 1024 * 1024);
        }

        assertThatThrownBy(() -> new Extractor(20L * 1024 * 1024).extract(file))
                .isInstanceOf(ExtractionException.class)
                .hasMessage("too large: 50.0 MB (limit 20.0 MB)");
        assertThatThrownBy(() -> new Extractor(100).extract("big.txt", new byte[150]))
                .hasMessage("too large: 150 B (limit 100 B)");
    }

    @Test
    void refusesALargeDocumentByItsFormatsLimitOnOneLine() throws Exception {
        Path pdf = dir.resolve("huge.pdf");
        try (RandomAccessFile sparse = new RandomAccessFile(pdf.toFile(), "rw")) {
            sparse.setLength(50L * 1024 * 1024);
        }
        Path html = Files.writeString(dir.resolve("huge.html"), "<html><body>" + "<p>Wir suchen dich.</p>\n".repeat(2000));
        Extractor limits = new Extractor(20 * 1024, 1024 * 1024, 4096);

        assertThatThrownBy(() -> limits.open(pdf))
                .hasMessage("too large: 50.0 MB (limit for PDF files 20.0 KB, see --max-file-size)");
        assertThatThrownBy(() -> limits.open(html))
                .hasMessage("too large: 46.9 KB (limit for HTML files 20.0 KB, see --max-file-size)");
    }

    @Test
    void readsMarkdownLargerThanTheLimitForDocumentsUpToItsOwn() throws Exception {
        Path md = Files.writeString(dir.resolve("large.md"), "# Stelle\n\nWir suchen dich.\n\n".repeat(1000));

        try (ExtractedWindows windows = new Extractor(1024, 1024 * 1024, 4096).open(md)) {
            assertThat(windows.whole()).isFalse();
            assertThat(windows.next().text().blocks()).isNotEmpty();
        }
        assertThatThrownBy(() -> new Extractor(1024, 2048, 4096).open(md))
                .hasMessage("too large: 27.3 KB (limit for Markdown files 2.0 KB, see --max-text-size)");
    }

    @Test
    void cutsMarkdownAndTextReadWholeFromBytesAtAMillionCharactersAtALineBreak() throws Exception {
        String line = "- Du hast Erfahrung mit Redaktionsplänen.\n";
        byte[] markdown = ("# Dein Profil\n\n" + line.repeat(30_000)).getBytes(StandardCharsets.UTF_8);
        Extractor large = new Extractor(20L * 1024 * 1024);

        for (String name : new String[] {"stelle.md", "stelle.txt", "-"}) {
            ExtractedText text = large.extract(name, markdown);
            assertThat(text.notice()).as(name).isEqualTo("only the first 1,000,000 characters were read and checked");
            assertThat(text.source()).as(name).hasSizeLessThanOrEqualTo(1_000_000).endsWith(line);
        }
        Path file = Files.write(dir.resolve("stelle.md"), markdown);
        assertThat(large.extract(file).notice()).as("a file, read in windows where large").isNull();
        assertThat(large.extract("kurz.md", line.getBytes(StandardCharsets.UTF_8)).notice()).isNull();
    }

    @Test
    void refusesRandomBytesNamedDocxAsAnInvalidDocx() throws Exception {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        Path file = Files.write(dir.resolve("posting.docx"), noise);

        assertThatThrownBy(() -> extractor.extract(file))
                .isInstanceOf(ExtractionException.class)
                .hasMessageStartingWith("not a valid DOCX file (")
                .satisfies(e -> assertThat(((ExtractionException) e).isNotAPosting()).isFalse());
    }

    @Test
    void skipsAnImageAsNotAPosting() throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", png);
        Path file = Files.write(dir.resolve("logo.png"), png.toByteArray());

        assertThatThrownBy(() -> extractor.extract(file))
                .isInstanceOf(ExtractionException.class)
                .hasMessage("not a posting (image/png)")
                .satisfies(e -> assertThat(((ExtractionException) e).isNotAPosting()).isTrue());
    }

    @Test
    void detectsTheFormatOfStandardInputFromItsContent() throws Exception {
        assertThat(extractor.extract("-", "Wir suchen dich.\nMit Erfahrung.".getBytes(StandardCharsets.UTF_8)).format())
                .isEqualTo(SourceFormat.TEXT);
        assertThat(extractor.extract("-", "<html><body><p>Hallo</p></body></html>".getBytes(StandardCharsets.UTF_8))
                .format()).isEqualTo(SourceFormat.HTML);
    }

    @Test
    void refusesAZipPackedWithAMethodItHasNoLibraryFor() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            ZipEntry entry = new ZipEntry("[Content_Types].xml");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(1);
            entry.setCompressedSize(1);
            CRC32 crc = new CRC32();
            crc.update('x');
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write('x');
        }
        byte[] zstandard = bytes.toByteArray();
        zstandard[8] = 93; // the method of the first entry's local header: Zstandard

        assertThatThrownBy(() -> extractor.extract("posting.docx", zstandard))
                .isInstanceOf(ExtractionException.class)
                .hasMessageContaining("compressed with a method this program cannot read");
    }

    @Test
    void readsLatin1TextThatIsNotUtf8() throws Exception {
        byte[] latin1 = "Verstärkung gesucht.".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(extractor.extract("posting.txt", latin1).text()).isEqualTo("Verstärkung gesucht.");
    }
}
