package dev.jobpostlint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.jobpostlint.testing.Fixtures;
import dev.jobpostlint.testing.HostileFiles;

/**
 * Postings made to cost as much as a file may: each is checked through the launcher beside an ordinary posting,
 * and must end within 10 s and 512 MB of memory with a one-line error or a notice, while the ordinary posting is
 * still checked.
 */
class HostileInputIT extends HostileRuns {

    /** Checks the folder with the JSON report, within the bounds; the ordinary posting must still be checked. */
    private JsonNode checkWithinBounds(String... options) throws Exception {
        List<String> args = new ArrayList<>(List.of("check", "--format", "json"));
        args.addAll(List.of(options));
        args.add(".");
        JsonNode report = new ObjectMapper().readTree(runWithinBounds(args.toArray(String[]::new)).out());
        assertThat(file(report, "ordinary.md").get("findings")).as("the ordinary posting is still checked").hasSize(1);
        return report;
    }

    private JsonNode hostile(String name, String... options) throws Exception {
        return file(checkWithinBounds(options), name);
    }

    @Test
    void aWordOf200000CharactersIsReadAsOneWordWithANotice() throws Exception {
        Files.writeString(dir.resolve("long-word.md"), "# Profil\n\nDu bist " + "x".repeat(200_000) + " und "
                + REQUIREMENT + "\n");

        JsonNode file = hostile("long-word.md", "--lang", "de");

        // the paragraph is checked in pieces of 10,000 characters, so the word counts once per piece
        assertThat(file.get("notice").asText()).isEqualTo(
                "20 runs of more than 256 characters without a space were read as one word each");
        assertThat(file.get("findings")).hasSize(1);
    }

    @Test
    void aDocxThatExpandsPastTheLimitIsRefusedWhateverItsCompressionRatio() throws Exception {
        HostileFiles.docx(dir.resolve("expands.docx"), HostileFiles.paragraph(HostileFiles.randomWords(2_500_000, 1)));
        long packed = Files.size(dir.resolve("expands.docx"));
        assertThat(packed).as("compressed like prose, not like a zip bomb").isGreaterThan(1_000_000);

        JsonNode file = hostile("expands.docx", "--max-file-size", "2MB");

        assertThat(file.get("error").asText()).isEqualTo(
                "too large: the DOCX expands to more than 2.0 MB of XML (see --max-file-size)");
    }

    @Test
    void aDocxOfAMillionEmptyParagraphsIsRefused() throws Exception {
        HostileFiles.docx(dir.resolve("paragraphs.docx"), "<w:p/>".repeat(1_000_000));

        JsonNode file = hostile("paragraphs.docx");

        assertThat(file.get("error").asText()).isEqualTo("too many paragraphs: more than 20,000 in the DOCX");
    }

    @Test
    void aZipBombAndAnExternalEntityInADocxAreRefused() throws Exception {
        HostileFiles.zipBombDocx(dir.resolve("bomb.docx"), 1_000_000_000);
        assertThat(Files.size(dir.resolve("bomb.docx"))).isLessThan(2_000_000);
        HostileFiles.docxWithDoctype(dir.resolve("xxe.docx"),
                "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>", HostileFiles.paragraph("&xxe;"));

        JsonNode report = checkWithinBounds();

        assertThat(file(report, "bomb.docx").get("error").asText()).startsWith("too large: the DOCX expands to more than");
        JsonNode xxe = file(report, "xxe.docx");
        assertThat(xxe.toString()).doesNotContain("root:");
        assertThat(xxe.get("error").asText()).contains("DOCTYPE");
    }

    @Test
    void markdownNested10000LevelsIsRefusedBeforeParsing() throws Exception {
        Files.writeString(dir.resolve("quotes.md"), ">".repeat(10_000) + " " + REQUIREMENT + "\n");
        StringBuilder list = new StringBuilder();
        for (int level = 0; level < 3_000; level++) {
            list.append("\t".repeat(level)).append("- Punkt\n");
        }
        Files.writeString(dir.resolve("lists.md"), list);

        JsonNode report = checkWithinBounds();

        assertThat(file(report, "quotes.md").get("error").asText())
                .isEqualTo("nested too deeply: line 1 opens more than 50 levels of quotes or lists");
        assertThat(file(report, "lists.md").get("error").asText()).startsWith("nested too deeply: line ");
    }

    @Test
    void htmlWithMoreElementsThanAPostingIsRefusedAndDeepHtmlReadFlat() throws Exception {
        Files.writeString(dir.resolve("elements.html"), "<p>a</p>".repeat(2_500_000));
        Files.writeString(dir.resolve("deep.html"), "<div>".repeat(50_000) + REQUIREMENT + "</div>".repeat(50_000));

        JsonNode report = checkWithinBounds();

        assertThat(file(report, "elements.html").get("error").asText())
                .isEqualTo("too many HTML elements: 2,500,000 (limit 100,000; a posting has a few hundred)");
        JsonNode deep = file(report, "deep.html");
        assertThat(deep.get("notice").asText()).isEqualTo("elements nested more than 256 levels deep were read as one level");
        assertThat(deep.get("findings")).hasSize(1);
    }

    @Test
    void longDocumentsAreCutAtAMillionCharactersWithANotice() throws Exception {
        List<List<String>> pages = new ArrayList<>();
        String page = HostileFiles.randomWords(1_200, 2);
        for (int i = 0; i < 1_000; i++) {
            pages.add(List.of(page));
        }
        pages.add(List.of(REQUIREMENT));
        Fixtures.writePdf(dir.resolve("book.pdf"), pages);
        Files.writeString(dir.resolve("page.html"), ("<p>" + HostileFiles.randomWords(10_000, 3) + "</p>\n").repeat(2_000));

        JsonNode report = checkWithinBounds("--lang", "de");

        String cut = "only the first 1,000,000 characters were read and checked";
        assertThat(file(report, "book.pdf").get("notice").asText()).isEqualTo(cut);
        assertThat(file(report, "page.html").get("notice").asText()).isEqualTo(cut);
    }

    @Test
    void aLineOfMillionsOfCharactersIsRefusedAndAFileStopsAtItsFindingLimit() throws Exception {
        Files.writeString(dir.resolve("one-line.txt"), (REQUIREMENT + " ").repeat(60_000));
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            many.append(REQUIREMENT).append("\n\n");
        }
        Files.writeString(dir.resolve("many.md"), many);

        JsonNode report = checkWithinBounds("--max-findings", "100");

        assertThat(file(report, "one-line.txt").get("error").asText())
                .isEqualTo("a line of more than 4,194,304 characters: not text a person wrote");
        JsonNode many100 = file(report, "many.md");
        assertThat(many100.get("findings")).hasSize(100);
        assertThat(many100.get("notice").asText())
                .isEqualTo("checking stopped after 100 findings; the rest of the file was not checked (see --max-findings)");
    }

    @Test
    void hiddenHtmlIsLeftOutWithANotice() throws Exception {
        Files.writeString(dir.resolve("hidden.html"), "<p>Du planst Kampagnen.</p><div hidden><p>" + REQUIREMENT
                + "</p></div><p style=\"display:none\">" + REQUIREMENT + "</p>");

        JsonNode file = hostile("hidden.html", "--lang", "de");

        assertThat(file.get("findings")).isEmpty();
        assertThat(file.get("notice").asText())
                .isEqualTo("2 hidden elements (hidden, display: none, visibility: hidden) were not checked");
    }
}
