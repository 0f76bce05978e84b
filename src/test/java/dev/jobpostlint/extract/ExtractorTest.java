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
    void readsLatin1TextThatIsNotUtf8() throws Exception {
        byte[] latin1 = "Verstärkung gesucht.".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(extractor.extract("posting.txt", latin1).text()).isEqualTo("Verstärkung gesucht.");
    }
}
