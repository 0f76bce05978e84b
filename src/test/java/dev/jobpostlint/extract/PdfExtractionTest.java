package dev.jobpostlint.extract;

import static dev.jobpostlint.extract.Extracts.blocks;
import static dev.jobpostlint.extract.Extracts.locate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jobpostlint.testing.Fixtures;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfExtractionTest {

    private static final List<List<String>> POSTING = List.of(
            List.of("# Social Media Manager (m/w/d)",
                    "Wir sind eine junge Agentur in Hamburg und suchen ab sofort Verstärkung für unser Team, das "
                            + "Marken auf Instagram, TikTok und LinkedIn betreut.",
                    "# Deine Aufgaben",
                    "• Du planst Kampagnen.",
                    "• Du erstellst Inhalte für unsere Kunden und stimmst sie mit den Projektleitern und dem "
                            + "Designteam ab, bevor sie veröffentlicht werden"),
            List.of("# Dein Profil",
                    "• Mindestens 10.000 Follower auf deinem eigenen Instagram-Kanal.",
                    "• Teamgeist",
                    "Bewirb dich jetzt mit deinem Lebenslauf."));

    @TempDir
    Path dir;

    private final Extractor extractor = new Extractor(1_000_000);

    @Test
    void locatesSentencesByPage() throws Exception {
        ExtractedText text = extractor.extract(Fixtures.writePdf(dir.resolve("posting.pdf"), POSTING));

        assertThat(text.format()).isEqualTo(SourceFormat.PDF);
        assertThat(locate(text, "Wir sind eine junge Agentur")).isEqualTo(SourceLocation.page(1));
        assertThat(locate(text, "Mindestens 10.000 Follower")).isEqualTo(SourceLocation.page(2));
        assertThat(locate(text, "Bewirb dich jetzt")).isEqualTo(SourceLocation.page(2));
    }

    @Test
    void makesBulletsListItemsAndJoinsWrappedLines() throws Exception {
        ExtractedText text = extractor.extract(Fixtures.writePdf(dir.resolve("posting.pdf"), POSTING));

        assertThat(blocks(text)).containsExactly(
                "HEADING: Social Media Manager (m/w/d)",
                "PARAGRAPH: Wir sind eine junge Agentur in Hamburg und suchen ab sofort Verstärkung für unser Team, das "
                        + "Marken auf Instagram, TikTok und LinkedIn betreut.",
                "HEADING: Deine Aufgaben",
                "LIST_ITEM: Du planst Kampagnen.",
                "LIST_ITEM: Du erstellst Inhalte für unsere Kunden und stimmst sie mit den Projektleitern und dem "
                        + "Designteam ab, bevor sie veröffentlicht werden",
                "HEADING: Dein Profil",
                "LIST_ITEM: Mindestens 10.000 Follower auf deinem eigenen Instagram-Kanal.",
                "LIST_ITEM: Teamgeist",
                "PARAGRAPH: Bewirb dich jetzt mit deinem Lebenslauf.");
    }

    @Test
    void refusesAnEncryptedPdf() throws Exception {
        Path file = dir.resolve("secret.pdf");
        try (PDDocument document = Fixtures.pdf(POSTING)) {
            document.protect(new StandardProtectionPolicy("owner", "user", new AccessPermission()));
            document.save(file.toFile());
        }

        assertThatThrownBy(() -> extractor.extract(file))
                .isInstanceOf(ExtractionException.class)
                .hasMessage("encrypted PDF: cannot read its text without the password");
    }

    @Test
    void refusesAPdfOfScannedImages() throws Exception {
        Path file = dir.resolve("scan.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            BufferedImage scan = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            scan.getGraphics().drawString("10k Follower", 10, 50);
            PDImageXObject image = LosslessFactory.createFromImage(document, scan);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(image, 50, 500);
            }
            document.save(file.toFile());
        }

        assertThatThrownBy(() -> extractor.extract(file))
                .isInstanceOf(ExtractionException.class)
                .hasMessage("no text: the PDF holds only scanned images (OCR is not supported)");
    }

    @Test
    void refusesATruncatedPdf() throws Exception {
        byte[] whole = Files.readAllBytes(Fixtures.writePdf(dir.resolve("whole.pdf"), POSTING));
        Path file = Files.write(dir.resolve("broken.pdf"), Arrays.copyOf(whole, 300));

        assertThatThrownBy(() -> extractor.extract(file))
                .isInstanceOf(ExtractionException.class)
                .hasMessageStartingWith("not a valid PDF (")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
}
