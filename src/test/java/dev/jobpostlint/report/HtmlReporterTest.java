package dev.jobpostlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.jobpostlint.LintResult;
import dev.jobpostlint.LocatedFinding;
import dev.jobpostlint.extract.Block;
import dev.jobpostlint.extract.BlockKind;
import dev.jobpostlint.extract.ExtractedText;
import dev.jobpostlint.extract.SourceFormat;
import dev.jobpostlint.extract.SourceLocation;
import dev.jobpostlint.extract.SourceMap;
import dev.jobpostlint.nlp.Span;
import dev.jobpostlint.rules.Finding;
import dev.jobpostlint.rules.RuleCatalog;
import dev.jobpostlint.rules.RuleFileException;
import dev.jobpostlint.rules.Severity;

class HtmlReporterTest {

    private static RuleCatalog catalog;

    @BeforeAll
    static void loadRules() throws RuleFileException {
        catalog = RuleCatalog.load(List.of());
    }

    /** A German posting with its text, as the Linter returns it, then the hand-built results of the other reports. */
    static List<LintResult> results() {
        List<LintResult> results = new ArrayList<>();
        results.add(germanPosting());
        results.add(englishPosting());
        results.addAll(Fixtures.results());
        return results;
    }

    static LintResult germanPosting() {
        String heading = "Dein Profil";
        String item = "Du hast mindestens 10.000 Follower auf deinem eigenen Instagram-Account.";
        String other = "Du kennst dich mit <Redaktionsplänen> & Kampagnen aus.";
        String text = heading + "\n" + item + "\n" + other;
        int itemStart = heading.length() + 1;
        int excerptStart = itemStart + item.indexOf("mindestens");
        ExtractedText extracted = new ExtractedText(SourceFormat.DOCX, text, List.of(
                new Block(0, heading.length(), BlockKind.HEADING),
                new Block(itemStart, itemStart + item.length(), BlockKind.LIST_ITEM),
                new Block(itemStart + item.length() + 1, text.length(), BlockKind.LIST_ITEM)),
                SourceMap.withoutLines().build());
        Finding f = new Finding("follower-count", "follower-count", Severity.WARNING,
                "Verlangt eine persönliche Followerzahl.", new Span(excerptStart, excerptStart + 26),
                "mindestens 10.000 Follower", new Span(itemStart, itemStart + item.length()), item,
                List.of("Nachweisbare Erfahrung im Aufbau von Instagram-Kanälen für Marken, belegt durch KPIs wie "
                        + "Engagement-Rate, Conversion-Rate und ROI."));
        return new LintResult("anzeigen/stelle.docx", SourceFormat.DOCX, "de",
                List.of(new LocatedFinding(f, SourceLocation.paragraph(2))), null, null, extracted);
    }

    static LintResult englishPosting() {
        String text = "About you\nAt least 10k followers on your personal TikTok account";
        ExtractedText extracted = new ExtractedText(SourceFormat.MARKDOWN, text, List.of(
                new Block(0, 9, BlockKind.HEADING), new Block(10, text.length(), BlockKind.PARAGRAPH)),
                SourceMap.withoutLines().build());
        Finding f = new Finding("follower-count", "follower-count", Severity.WARNING,
                "Asks for a personal follower count.", new Span(10, 32), "At least 10k followers",
                new Span(10, text.length()), text.substring(10),
                List.of("Proven experience growing TikTok channels for brands, backed by KPIs."));
        return new LintResult("en/post.md", SourceFormat.MARKDOWN, "en",
                List.of(new LocatedFinding(f, SourceLocation.lines(3, 3, 3, 25))), null, null, extracted);
    }

    private static String render(List<LintResult> results) {
        StringWriter s = new StringWriter();
        new HtmlReporter(new ReportOptions("0.1.0", false, false, catalog))
                .write(results, new PrintWriter(s));
        return s.toString();
    }

    @Test
    void writesTheGoldenReport() throws Exception {
        Golden.assertMatches("report.html", render(results()));
    }

    @Test
    void loadsNothingFromOutsideTheFile() {
        Document doc = Jsoup.parse(render(results()));
        assertThat(doc.select("script, link, iframe, img, object, embed, video, audio, source")).isEmpty();
        for (Element e : doc.select("[href], [src], [action], [srcset]")) {
            assertThat(e.attr("href") + e.attr("src") + e.attr("action") + e.attr("srcset"))
                    .as(e.outerHtml()).startsWith("#");
        }
        String css = doc.select("style").html();
        assertThat(css).doesNotContain("url(").doesNotContain("@import").doesNotContain("@font-face");
        assertThat(doc.select("meta[http-equiv=Content-Security-Policy]").attr("content")).contains("default-src 'none'");
    }

    @Test
    void highlightsTheExcerptAndExplainsItUnderneath() {
        Document doc = Jsoup.parse(render(List.of(germanPosting())));
        Element mark = doc.selectFirst("li > a.hl > mark");
        assertThat(mark).isNotNull();
        assertThat(mark.text()).isEqualTo("mindestens 10.000 Follower");
        Element card = doc.getElementById(mark.parent().attr("href").substring(1));
        assertThat(card.parent()).isEqualTo(mark.parent().parent());
        assertThat(card.select(".why").text()).startsWith("Warum?").contains("KPIs");
        assertThat(card.select(".instead q").text()).contains("Instagram-Kanälen");
        assertThat(card.select(".meta").text()).contains("Warnung", "Followerzahl", "follower-count", "Absatz 2");
        assertThat(card.select(".back a").attr("href")).isEqualTo("#" + mark.parent().id());
    }

    @Test
    void speaksGermanForGermanPostingsAndEnglishForEnglish() {
        Document de = Jsoup.parse(render(List.of(germanPosting())));
        assertThat(de.selectFirst("html").attr("lang")).isEqualTo("de");
        assertThat(de.select("h1").text()).isEqualTo("Prüfbericht Stellenanzeigen");
        Document en = Jsoup.parse(render(List.of(englishPosting())));
        assertThat(en.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(en.select(".why strong").text()).isEqualTo("Why?");
        assertThat(en.select(".why").text()).contains("brand");
        Document mixed = Jsoup.parse(render(List.of(englishPosting(), germanPosting(), germanPosting())));
        assertThat(mixed.selectFirst("html").attr("lang")).isEqualTo("de");
        assertThat(mixed.select("section.posting").eachAttr("lang")).containsExactly("en", "de", "de");
    }

    @Test
    void summarisesPostingsAndFindingsByCategoryInTheMostCommonLanguage() {
        Document doc = Jsoup.parse(render(results()));
        assertThat(doc.select(".stats dd").eachText()).containsExactly("7", "5", "1");
        assertThat(doc.select(".categories tbody tr").eachText())
                .containsExactly("Followerzahl 3", "Influencer-Status 1", "Vor der Kamera 1");
        assertThat(doc.select("nav .toc a").eachAttr("href")).hasSize(7).allMatch(h -> h.startsWith("#p"));
    }

    @Test
    void escapesThePostingText() {
        String html = render(List.of(germanPosting()));
        assertThat(html).contains("&lt;Redaktionsplänen&gt; &amp; Kampagnen").doesNotContain("<Redaktionsplänen>");
    }
}
