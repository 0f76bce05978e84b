package dev.jobpostlint.extract;

import static dev.jobpostlint.extract.Extracts.blocks;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Structure read from how a PDF is laid out: runs placed by hand, as word processors and browsers place them. */
class PdfLayoutTest {

    private static final float LEFT = 56;
    private static final float BODY = 11;
    private static final float LEADING = 14;

    @TempDir
    Path dir;

    private final Extractor extractor = new Extractor(1_000_000);

    @Test
    void keepsTheShortContinuationOfAWrappedBulletInTheItem() throws Exception {
        ExtractedText text = extract(page -> {
            page.heading(60, "Dein Profil");
            page.text(LEFT, 90, "• Mindestens fünf Jahre Erfahrung im Social Media Marketing, davon zwei mit");
            page.text(LEFT + 12, 90 + LEADING, "Führungsverantwortung");
            page.text(LEFT, 90 + 2 * LEADING, "• Teamgeist");
        });

        assertThat(blocks(text)).containsExactly(
                "HEADING: Dein Profil",
                "LIST_ITEM: Mindestens fünf Jahre Erfahrung im Social Media Marketing, davon zwei mit "
                        + "Führungsverantwortung",
                "LIST_ITEM: Teamgeist");
    }

    @Test
    void startsALargerHeadingAfterAWrappedLineWithoutPunctuation() throws Exception {
        ExtractedText text = extract(page -> {
            page.text(LEFT, 60, "You know social media advertising inside out, from analytics to creative and");
            page.text(LEFT, 60 + LEADING, "paid social");
            page.bold(16, LEFT, 60 + 3 * LEADING, "How to apply");
            page.text(LEFT, 60 + 4.5f * LEADING, "Send your CV to jobs@example.com.");
        });

        assertThat(blocks(text)).containsExactly(
                "PARAGRAPH: You know social media advertising inside out, from analytics to creative and paid social",
                "HEADING: How to apply",
                "PARAGRAPH: Send your CV to jobs@example.com.");
    }

    @Test
    void takesAWhollyBoldLineAtBodySizeForAHeading() throws Exception {
        ExtractedText text = extract(page -> {
            page.text(LEFT, 60, "Ashbury Town FC is hiring a community manager for matchdays, evenings and");
            page.text(LEFT, 60 + LEADING, "our fan forum");
            page.bold(BODY, LEFT, 60 + 2 * LEADING, "About the club");
            page.text(LEFT, 60 + 3 * LEADING, "We are a 140-year-old community club.");
        });

        assertThat(blocks(text)).containsExactly(
                "PARAGRAPH: Ashbury Town FC is hiring a community manager for matchdays, evenings and our fan forum",
                "HEADING: About the club",
                "PARAGRAPH: We are a 140-year-old community club.");
    }

    @Test
    void readsABulletGlyphDrawnAsARunOfItsOwn() throws Exception {
        ExtractedText text = extract(page -> {
            page.text(LEFT, 60, "•");
            page.text(LEFT + 18, 60, "Mindestens 10.000 Follower auf deinem eigenen Instagram-Kanal oder auf");
            page.text(LEFT + 18, 60 + LEADING, "TikTok");
            // drawn after its text, as some generators do
            page.text(LEFT + 18, 60 + 2 * LEADING, "Teamgeist");
            page.text(LEFT, 60 + 2 * LEADING, "•");
            page.text(LEFT, 60 + 3.5f * LEADING, "Bewirb dich jetzt.");
        });

        assertThat(blocks(text)).containsExactly(
                "LIST_ITEM: Mindestens 10.000 Follower auf deinem eigenen Instagram-Kanal oder auf TikTok",
                "LIST_ITEM: Teamgeist",
                "PARAGRAPH: Bewirb dich jetzt.");
    }

    @Test
    void readsABulletDrawnAsAShape() throws Exception {
        ExtractedText text = extract(page -> {
            page.square(LEFT + 4, 60 - 3.5f, 4);
            page.text(LEFT + 18, 60, "Du hast mindestens 10.000 Follower auf deinem eigenen Instagram-Account.");
            page.square(LEFT + 4, 60 + LEADING - 3.5f, 4);
            page.text(LEFT + 18, 60 + LEADING, "Teamgeist");
        });

        assertThat(blocks(text)).containsExactly(
                "LIST_ITEM: Du hast mindestens 10.000 Follower auf deinem eigenen Instagram-Account.",
                "LIST_ITEM: Teamgeist");
    }

    @Test
    void separatesParagraphsByTheGapBetweenThem() throws Exception {
        ExtractedText text = extract(page -> {
            page.text(LEFT, 60, "Wir sind eine junge Agentur in Hamburg und suchen ab sofort Verstärkung für");
            page.text(LEFT, 60 + LEADING, "unser Team, das Marken auf Instagram, TikTok und LinkedIn betreut und berät");
            page.text(LEFT, 60 + 2.8f * LEADING, "Bewerbungen bitte über unser Portal, gern mit einem kurzen Anschreiben");
        });

        assertThat(blocks(text)).containsExactly(
                "PARAGRAPH: Wir sind eine junge Agentur in Hamburg und suchen ab sofort Verstärkung für unser Team, "
                        + "das Marken auf Instagram, TikTok und LinkedIn betreut und berät",
                "PARAGRAPH: Bewerbungen bitte über unser Portal, gern mit einem kurzen Anschreiben");
    }

    @Test
    void joinsAHeadingSetOnTwoLines() throws Exception {
        ExtractedText text = extract(page -> {
            page.bold(20, LEFT, 60, "Social Media Manager (m/w/d) – Fair Fashion E-");
            page.bold(20, LEFT, 60 + 24, "Commerce");
            page.text(LEFT, 60 + 24 + 2 * LEADING, "Wir sind ein Onlineshop für faire Basics und Streetwear aus Köln.");
            page.text(LEFT, 60 + 24 + 4 * LEADING, "Seit 2016 verkaufen wir Kleidung, die lange hält.");
        });

        assertThat(blocks(text)).containsExactly(
                "HEADING: Social Media Manager (m/w/d) – Fair Fashion E-Commerce",
                "PARAGRAPH: Wir sind ein Onlineshop für faire Basics und Streetwear aus Köln.",
                "PARAGRAPH: Seit 2016 verkaufen wir Kleidung, die lange hält.");
    }

    /** Draws on one A4 page; {@code top} is the baseline's distance from the top edge. */
    private interface Drawing {
        void draw(Canvas page) throws IOException;
    }

    private static final class Canvas {
        private final PDPageContentStream content;
        private final float height;

        Canvas(PDPageContentStream content, float height) {
            this.content = content;
            this.height = height;
        }

        void text(float x, float top, String text) throws IOException {
            run(Standard14Fonts.FontName.HELVETICA, BODY, x, top, text);
        }

        void heading(float top, String text) throws IOException {
            bold(16, LEFT, top, text);
        }

        void bold(float size, float x, float top, String text) throws IOException {
            run(Standard14Fonts.FontName.HELVETICA_BOLD, size, x, top, text);
        }

        void square(float x, float top, float side) throws IOException {
            content.addRect(x, height - top - side / 2, side, side);
            content.fill();
        }

        private void run(Standard14Fonts.FontName font, float size, float x, float top, String text)
                throws IOException {
            content.beginText();
            content.setFont(new PDType1Font(font), size);
            content.newLineAtOffset(x, height - top);
            content.showText(text);
            content.endText();
        }
    }

    private ExtractedText extract(Drawing drawing) throws Exception {
        Path file = dir.resolve("layout.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                drawing.draw(new Canvas(content, page.getMediaBox().getHeight()));
            }
            document.save(file.toFile());
        }
        return extractor.extract(file);
    }
}
