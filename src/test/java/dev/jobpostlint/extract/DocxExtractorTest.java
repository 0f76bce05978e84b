package dev.jobpostlint.extract;

import static dev.jobpostlint.extract.Extracts.blocks;
import static dev.jobpostlint.extract.Extracts.locate;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jobpostlint.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
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
}
