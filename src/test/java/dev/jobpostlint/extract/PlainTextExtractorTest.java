package dev.jobpostlint.extract;

import static dev.jobpostlint.extract.Extracts.blocks;
import static dev.jobpostlint.extract.Extracts.extract;
import static dev.jobpostlint.extract.Extracts.locate;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextExtractorTest {

    private static final String POSTING = """
            Über uns
            Wir sind eine Agentur in Hamburg und wachsen
            schnell.

            Dein Profil:
            - Erfahrung im Community Management
            • mind. 10.000 Follower auf Instagram,
              idealerweise auch auf TikTok
            1. Teamgeist

            Bewirb dich jetzt.
            """;

    @Test
    void splitsBlocksAtBlankLinesBulletsAndHeadings() throws Exception {
        ExtractedText text = extract("posting.txt", POSTING);

        assertThat(text.format()).isEqualTo(SourceFormat.TEXT);
        assertThat(blocks(text)).containsExactly(
                "HEADING: Über uns",
                "PARAGRAPH: Wir sind eine Agentur in Hamburg und wachsen schnell.",
                "HEADING: Dein Profil:",
                "LIST_ITEM: Erfahrung im Community Management",
                "LIST_ITEM: mind. 10.000 Follower auf Instagram, idealerweise auch auf TikTok",
                "LIST_ITEM: Teamgeist",
                "PARAGRAPH: Bewirb dich jetzt.");
    }

    @Test
    void locatesTextAfterABulletMarker() throws Exception {
        ExtractedText text = extract("posting.txt", POSTING);

        assertThat(locate(text, "10.000 Follower")).isEqualTo(SourceLocation.lines(7, 9, 7, 24));
        assertThat(locate(text, "Teamgeist")).isEqualTo(SourceLocation.lines(9, 4, 9, 13));
        assertThat(locate(text, "TikTok")).isEqualTo(SourceLocation.lines(8, 25, 8, 31));
    }

    @Test
    void locatesPhraseAcrossWrappedLines() throws Exception {
        ExtractedText text = extract("posting.txt", POSTING);

        assertThat(locate(text, "wachsen schnell")).isEqualTo(SourceLocation.lines(2, 38, 3, 8));
    }

    @Test
    void keepsAShortLineInsideAParagraphAsProse() throws Exception {
        ExtractedText text = extract("posting.txt", "Wir suchen eine\nkreative Person mit Erfahrung.\n");

        assertThat(blocks(text)).containsExactly("PARAGRAPH: Wir suchen eine kreative Person mit Erfahrung.");
    }
    @Test
    void cutsAParagraphLongerThanTheBlockLimitAfterSentences() throws Exception {
        String sentence = "Du planst Kampagnen für unsere Marken und misst ihre Wirkung. ";
        String paragraph = sentence.repeat(TextBuilder.MAX_BLOCK_CHARS * 5 / 2 / sentence.length());

        ExtractedText text = extract("long.txt", paragraph);

        assertThat(text.blocks()).hasSize(3).allSatisfy(block -> {
            assertThat(block.end() - block.start()).isLessThanOrEqualTo(TextBuilder.MAX_BLOCK_CHARS);
            assertThat(text.text().substring(block.start(), block.end())).startsWith("Du planst").endsWith("Wirkung.");
        });
    }

    @Test
    void cutsARunWithoutSpacesAtTheBlockLimit() throws Exception {
        ExtractedText text = extract("run.txt", "x".repeat(TextBuilder.MAX_BLOCK_CHARS * 2 + 5));

        assertThat(text.blocks()).extracting(block -> block.end() - block.start())
                .containsExactly(TextBuilder.MAX_BLOCK_CHARS, TextBuilder.MAX_BLOCK_CHARS, 5);
    }
}
