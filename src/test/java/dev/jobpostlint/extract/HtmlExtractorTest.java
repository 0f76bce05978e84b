package dev.jobpostlint.extract;

import static dev.jobpostlint.extract.Extracts.blocks;
import static dev.jobpostlint.extract.Extracts.extract;
import static dev.jobpostlint.extract.Extracts.locate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class HtmlExtractorTest {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html><head><title>Job</title><style>p { color: red }</style></head>
            <body>
            <nav><a href="/">Home</a></nav>
            <h2>Your profile</h2>
            <ul>
              <li>At least <strong>10,000 <em>followers</em></strong> on Instagram</li>
              <li>Marketing &amp; Sales experience</li>
            </ul>
            <p>We value your
               creativity.<br>Apply today!</p>
            <script>var followers = 10000;</script>
            <table><tr><td>Location</td><td>Berlin</td></tr></table>
            </body></html>
            """;

    @Test
    void makesBlocksFromBlockElementsAndSkipsScriptsStylesAndNavigation() throws Exception {
        ExtractedText text = extract("posting.html", PAGE);

        assertThat(text.format()).isEqualTo(SourceFormat.HTML);
        assertThat(blocks(text)).containsExactly(
                "HEADING: Your profile",
                "LIST_ITEM: At least 10,000 followers on Instagram",
                "LIST_ITEM: Marketing & Sales experience",
                "PARAGRAPH: We value your creativity.",
                "PARAGRAPH: Apply today!",
                "PARAGRAPH: Location",
                "PARAGRAPH: Berlin");
    }

    @Test
    void locatesTextInsideNestedInlineTags() throws Exception {
        ExtractedText text = extract("posting.html", PAGE);

        assertThat(locate(text, "followers")).isEqualTo(SourceLocation.lines(7, 35, 7, 44));
        assertThat(locate(text, "10,000 followers")).isEqualTo(SourceLocation.lines(7, 24, 7, 44));
        assertThat(locate(text, "Instagram")).isEqualTo(SourceLocation.lines(7, 62, 7, 71));
    }

    @Test
    void locatesTextAfterAnEntity() throws Exception {
        ExtractedText text = extract("posting.html", PAGE);

        assertThat(locate(text, "&")).isEqualTo(SourceLocation.lines(8, 17, 8, 22));
        assertThat(locate(text, "Sales")).isEqualTo(SourceLocation.lines(8, 23, 8, 28));
    }

    @Test
    void locatesTextOnTheSecondLineOfAParagraph() throws Exception {
        ExtractedText text = extract("posting.html", PAGE);

        assertThat(locate(text, "creativity")).isEqualTo(SourceLocation.lines(11, 4, 11, 14));
        assertThat(locate(text, "your creativity")).isEqualTo(SourceLocation.lines(10, 13, 11, 14));
    }

    @Test
    void readsATextFileThatHoldsHtmlAsHtml() throws Exception {
        ExtractedText text = extract("posting.txt", PAGE);

        assertThat(text.format()).isEqualTo(SourceFormat.HTML);
        assertThat(text.text()).doesNotContain("<li>", "<strong>");
    }

    @Test
    void readsAnHtmlFragmentWithoutDocumentTags() throws Exception {
        ExtractedText text = extract("-", "<p>Du hast <b>10k</b> Follower.</p>\n<p>Bewirb dich!</p>\n");

        assertThat(text.format()).isEqualTo(SourceFormat.HTML);
        assertThat(blocks(text)).containsExactly("PARAGRAPH: Du hast 10k Follower.", "PARAGRAPH: Bewirb dich!");
        assertThat(locate(text, "10k")).isEqualTo(SourceLocation.lines(1, 15, 1, 18));
    }

    @Test
    void skipsHiddenElementsAndSaysSo() throws Exception {
        ExtractedText text = extract("posting.html", """
                <p>Du planst Kampagnen.</p>
                <div hidden><p>Du hast 10k Follower.</p></div>
                <p style="color: grey; DISPLAY : None">Du bist Influencer.</p>
                <span style="visibility:hidden">Zeig uns deinen TikTok-Kanal.</span>
                <p style="display: block">Du misst die Engagement-Rate.</p>
                <div hidden></div>
                """);

        assertThat(blocks(text)).containsExactly("PARAGRAPH: Du planst Kampagnen.",
                "PARAGRAPH: Du misst die Engagement-Rate.");
        assertThat(text.notice()).isEqualTo("3 hidden elements (hidden, display: none, visibility: hidden) were not checked");
    }

    @Test
    void givesNoNoticeWithoutHiddenText() throws Exception {
        assertThat(extract("posting.html", PAGE).notice()).isNull();
    }
    @Test
    void readsElementsNestedPastTheDepthLimitAsOneLevelAndSaysSo() throws Exception {
        int levels = HtmlExtractor.MAX_DEPTH + 100;
        String html = "<div>".repeat(levels) + "Du hast 10k Follower." + "</div>".repeat(levels);

        ExtractedText text = extract("deep.html", html);

        assertThat(blocks(text)).containsExactly("PARAGRAPH: Du hast 10k Follower.");
        assertThat(text.notice()).isEqualTo("elements nested more than 256 levels deep were read as one level");
        assertThat(extract("shallow.html", "<div>".repeat(200) + "Du hast 10k Follower.").notice()).isNull();
    }

    @Test
    void refusesMoreElementsThanAPostingCouldHoldBeforeParsing() {
        String html = "<html><body>" + "<p>a</p>".repeat(HtmlExtractor.MAX_ELEMENTS) + "</body></html>";

        assertThatThrownBy(() -> extract("page.html", html))
                .isInstanceOf(ExtractionException.class)
                .hasMessage("too many HTML elements: 100,002 (limit 100,000; a posting has a few hundred)");
    }
    @Test
    void readsTheFirstMillionCharactersOfTextAndSaysSo() throws Exception {
        String paragraph = "<p>" + "Du planst Kampagnen und misst ihre Wirkung. ".repeat(100) + "</p>\n";
        String html = paragraph.repeat(TikaExtractor.MAX_CHARS / 4_000 + 50);

        ExtractedText text = new Extractor(10_000_000).extract("long.html", html.getBytes(StandardCharsets.UTF_8));

        assertThat(text.text().length()).isBetween(TikaExtractor.MAX_CHARS, TikaExtractor.MAX_CHARS + 5_000);
        assertThat(text.notice()).isEqualTo("only the first 1,000,000 characters were read and checked");
    }
}
