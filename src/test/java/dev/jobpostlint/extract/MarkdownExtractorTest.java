package dev.jobpostlint.extract;

import static dev.jobpostlint.extract.Extracts.blocks;
import static dev.jobpostlint.extract.Extracts.extract;
import static dev.jobpostlint.extract.Extracts.locate;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownExtractorTest {

    private static final String POSTING = """
            # Social Media Manager (m/w/d)

            Wir suchen dich für unser Team in Berlin. Du arbeitest eng mit
            dem **Content-Team** zusammen.

            ## Dein Profil

            - Erfahrung mit Instagram und TikTok
            - mind. **10.000 Follower** auf deinem [eigenen Kanal](https://example.com)
            - Sicher im Umgang mit `Canva` & Co.
            """;

    @Test
    void removesMarkupAndMakesOneBlockPerHeadingItemAndParagraph() throws Exception {
        ExtractedText text = extract("posting.md", POSTING);

        assertThat(text.format()).isEqualTo(SourceFormat.MARKDOWN);
        assertThat(blocks(text)).containsExactly(
                "HEADING: Social Media Manager (m/w/d)",
                "PARAGRAPH: Wir suchen dich für unser Team in Berlin. Du arbeitest eng mit dem Content-Team zusammen.",
                "HEADING: Dein Profil",
                "LIST_ITEM: Erfahrung mit Instagram und TikTok",
                "LIST_ITEM: mind. 10.000 Follower auf deinem eigenen Kanal",
                "LIST_ITEM: Sicher im Umgang mit Canva & Co.");
        assertThat(text.text()).doesNotContain("**", "#", "- ", "`", "](");
    }

    @Test
    void makesEachRowOfATableABlockOfItsOwnOnItsLine() throws Exception {
        ExtractedText text = extract("posting.md", """
                ## Auswahl

                | Kriterium | Gewicht |
                |---|---|
                | Kampagnenerfahrung | 40 % |
                | Reichweite **deiner eigenen** Accounts | 20 % |
                """);

        assertThat(blocks(text)).containsExactly(
                "HEADING: Auswahl",
                "LIST_ITEM: Kriterium | Gewicht",
                "LIST_ITEM: Kampagnenerfahrung | 40 %",
                "LIST_ITEM: Reichweite deiner eigenen Accounts | 20 %");
        assertThat(locate(text, "deiner eigenen")).isEqualTo(SourceLocation.lines(6, 16, 6, 30));
    }

    @Test
    void locatesBoldTextInMarkdownBullet() throws Exception {
        ExtractedText text = extract("posting.md", POSTING);

        assertThat(locate(text, "10.000 Follower")).isEqualTo(SourceLocation.lines(9, 11, 9, 26));
    }

    @Test
    void locatesLinkTextAndInlineCode() throws Exception {
        ExtractedText text = extract("posting.md", POSTING);

        assertThat(locate(text, "eigenen Kanal")).isEqualTo(SourceLocation.lines(9, 41, 9, 54));
        assertThat(locate(text, "Canva")).isEqualTo(SourceLocation.lines(10, 25, 10, 30));
    }

    @Test
    void locatesHeadingText() throws Exception {
        ExtractedText text = extract("posting.md", POSTING);

        assertThat(locate(text, "Profil")).isEqualTo(SourceLocation.lines(6, 9, 6, 15));
        assertThat(locate(text, "Social")).isEqualTo(SourceLocation.lines(1, 3, 1, 9));
    }

    @Test
    void locatesPhraseAcrossTheLinesOfAParagraph() throws Exception {
        ExtractedText text = extract("posting.md", POSTING);

        assertThat(locate(text, "eng mit dem Content-Team")).isEqualTo(SourceLocation.lines(3, 56, 4, 19));
        assertThat(locate(text, "zusammen")).isEqualTo(SourceLocation.lines(4, 22, 4, 30));
    }

    @Test
    void mapsAnEntityToTheWholeEntity() throws Exception {
        ExtractedText text = extract("posting.md", "Tom &amp; Jerry suchen Verstärkung.\n");

        assertThat(text.text()).isEqualTo("Tom & Jerry suchen Verstärkung.");
        assertThat(locate(text, "&")).isEqualTo(SourceLocation.lines(1, 5, 1, 10));
        assertThat(locate(text, "Jerry")).isEqualTo(SourceLocation.lines(1, 11, 1, 16));
    }

    @Test
    void keepsColumnsWithWindowsLineEndings() throws Exception {
        ExtractedText text = extract("posting.md", "# Profil\r\n\r\n- eigene **Reichweite**\r\n- Teamgeist\r\n");

        assertThat(locate(text, "Reichweite")).isEqualTo(SourceLocation.lines(3, 12, 3, 22));
        assertThat(locate(text, "Teamgeist")).isEqualTo(SourceLocation.lines(4, 3, 4, 12));
    }

    @Test
    void readsStandardInputThatLooksLikeMarkdownAsMarkdown() throws Exception {
        ExtractedText text = extract("-", "## Profil\n\n- **10k** Follower\n- Teamgeist\n");

        assertThat(text.format()).isEqualTo(SourceFormat.MARKDOWN);
        assertThat(blocks(text)).containsExactly("HEADING: Profil", "LIST_ITEM: 10k Follower", "LIST_ITEM: Teamgeist");
    }

    @Test
    void readsHtmlBlocksInsideMarkdown() throws Exception {
        ExtractedText text = extract("posting.md", "# Profil\n\n<ul>\n  <li>Eigene <b>Reichweite</b></li>\n</ul>\n\nDanke.\n");

        assertThat(blocks(text)).containsExactly("HEADING: Profil", "LIST_ITEM: Eigene Reichweite", "PARAGRAPH: Danke.");
        assertThat(locate(text, "Reichweite")).isEqualTo(SourceLocation.lines(4, 17, 4, 27));
    }
}
