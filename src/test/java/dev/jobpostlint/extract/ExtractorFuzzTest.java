package dev.jobpostlint.extract;

import static dev.jobpostlint.testing.OneLineMessages.assertOneLine;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.jobpostlint.testing.Fixtures;
import dev.jobpostlint.testing.RepositoryFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Any bytes under any name: the first byte of the fuzz input picks the file name, and so the format its extension
 * claims, the rest is the content. A file may be refused only with an {@link ExtractionException} of one line;
 * every block of a file that is read can be located in the file.
 */
class ExtractorFuzzTest {

    private static final List<String> NAMES = List.of("posting.md", "posting.html", "posting.txt", "posting.pdf",
            "posting.docx", "posting.odt", "posting.rtf", "posting.doc", "posting");

    private static final List<String> POSTING = List.of("# Dein Profil", "- Mindestens 10.000 Follower auf Instagram",
            "- Erfahrung mit Community-Management", "Wir freuen uns auf deine Bewerbung.");

    private static final Extractor EXTRACTOR = new Extractor(1_000_000);

    /** The examples and test postings, plus a posting in each format the repository holds no file of. */
    static Stream<byte[]> postings() {
        List<byte[]> seeds = new ArrayList<>();
        for (Path file : RepositoryFiles.under("examples", "src/test/resources/corpus")) {
            String name = "posting." + RepositoryFiles.extension(file);
            if (NAMES.contains(name)) {
                seeds.add(named(name, RepositoryFiles.read(file)));
            }
        }
        String text = String.join("\n", POSTING);
        seeds.add(named("posting.txt", text.getBytes(StandardCharsets.UTF_8)));
        seeds.add(named("posting", text.getBytes(StandardCharsets.UTF_8)));
        seeds.add(named("posting.pdf", Fixtures.pdfBytes(List.of(POSTING.stream()
                .map(line -> line.replace("- ", "• ")).toList()))));
        seeds.add(named("posting.docx", Fixtures.docx(POSTING)));
        seeds.add(named("posting.odt", odt(POSTING)));
        seeds.add(named("posting.rtf", rtf(POSTING)));
        seeds.add(named("posting.doc", wordContainer(text)));
        return seeds.stream();
    }

    @MethodSource("postings")
    @FuzzTest(maxDuration = "5s")
    void readsAPostingOrRefusesItWithOneLine(byte[] input) {
        if (input.length == 0) {
            return;
        }
        String name = NAMES.get(Byte.toUnsignedInt(input[0]) % NAMES.size());
        byte[] content = Arrays.copyOfRange(input, 1, input.length);
        try {
            ExtractedText text = EXTRACTOR.extract(name, content);
            assertThat(text.blocks()).isNotEmpty();
            for (Block block : text.blocks()) {
                assertThat(block.end()).isLessThanOrEqualTo(text.text().length());
                text.sourceMap().locate(block.start(), block.end());
            }
        } catch (ExtractionException e) {
            assertOneLine(e);
        }
    }

    private static byte[] named(String name, byte[] content) {
        byte[] input = new byte[content.length + 1];
        input[0] = (byte) NAMES.indexOf(name);
        System.arraycopy(content, 0, input, 1, content.length);
        return input;
    }

    private static byte[] odt(List<String> lines) {
        StringBuilder body = new StringBuilder();
        for (String line : lines) {
            body.append(line.startsWith("# ") ? "<text:h text:outline-level=\"1\">" + line.substring(2) + "</text:h>"
                    : "<text:p>" + line + "</text:p>");
        }
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
                + "<office:body><office:text>" + body + "</office:text></office:body></office:document-content>";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            // an ODT names its type in a first entry, stored uncompressed
            byte[] type = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry mimetype = new ZipEntry("mimetype");
            mimetype.setMethod(ZipEntry.STORED);
            mimetype.setSize(type.length);
            CRC32 crc = new CRC32();
            crc.update(type);
            mimetype.setCrc(crc.getValue());
            zip.putNextEntry(mimetype);
            zip.write(type);
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] rtf(List<String> lines) {
        StringBuilder rtf = new StringBuilder("{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Arial;}}\n");
        for (String line : lines) {
            rtf.append("\\pard ").append(line).append("\\par\n");
        }
        return rtf.append('}').toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** An OLE2 container with a WordDocument stream, as a .doc is, though its stream holds only text. */
    private static byte[] wordContainer(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem container = new POIFSFileSystem()) {
            byte[] stream = text.getBytes(StandardCharsets.UTF_16LE);
            container.createDocument(new ByteArrayInputStream(stream), "WordDocument");
            container.writeFilesystem(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
