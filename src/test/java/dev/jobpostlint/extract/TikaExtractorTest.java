package dev.jobpostlint.extract;

import static dev.jobpostlint.extract.Extracts.blocks;
import static dev.jobpostlint.extract.Extracts.locate;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jobpostlint.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TikaExtractorTest {

    @TempDir
    Path dir;

    private final Extractor extractor = new Extractor(1_000_000);

    @Test
    void readsRtfByParagraph() throws Exception {
        String rtf = "{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Arial;}}\n"
                + "\\pard Dein Profil\\par\n"
                + "\\pard Mindestens 10.000 Follower auf Instagram.\\par\n"
                + "\\pard Teamgeist und Humor.\\par\n}";
        ExtractedText text = extractor.extract("posting.rtf", rtf.getBytes(StandardCharsets.US_ASCII));

        assertThat(text.format()).isEqualTo(SourceFormat.OTHER);
        assertThat(text.text()).contains("Mindestens 10.000 Follower auf Instagram.");
        assertThat(locate(text, "10.000 Follower")).isEqualTo(SourceLocation.paragraph(2));
        assertThat(locate(text, "Teamgeist")).isEqualTo(SourceLocation.paragraph(3));
    }

    @Test
    void printsNothingWhileReadingDocuments() throws Exception {
        Path pdf = Fixtures.writePdf(dir.resolve("posting.pdf"), List.of(List.of("# Profil", "• 10k Follower")));
        Path docx = Fixtures.writeDocx(dir.resolve("posting.docx"), List.of("# Profil", "- 10k Follower"));
        Path broken = Files.write(dir.resolve("broken.pdf"), "%PDF-1.7\n1 0 obj <<".getBytes(StandardCharsets.US_ASCII));
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            System.setErr(capture);
            Extractor fresh = new Extractor(1_000_000);
            fresh.extract(pdf);
            fresh.extract(docx);
            try {
                fresh.extract(broken);
            } catch (ExtractionException expected) {
                // only the output matters here
            }
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void servesParallelThreadsWithOneInstance() throws Exception {
        Path pdf = Fixtures.writePdf(dir.resolve("posting.pdf"), List.of(List.of("# Profil", "• 10k Follower")));
        Path docx = Fixtures.writeDocx(dir.resolve("posting.docx"), List.of("# Profil", "- 10k Follower"));
        Extractor shared = new Extractor(1_000_000);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ExtractedText>> results = pool.invokeAll(List.of(
                    () -> shared.extract(pdf), () -> shared.extract(docx),
                    () -> shared.extract(pdf), () -> shared.extract(docx)));
            for (Future<ExtractedText> result : results) {
                assertThat(blocks(result.get())).containsExactly("HEADING: Profil", "LIST_ITEM: 10k Follower");
            }
        } finally {
            pool.shutdown();
        }
    }
}
