package dev.jobpostlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.jobpostlint.testing.Fixtures;

/** {@code check --format html -o FILE} over a real DOCX and Markdown file, through the whole pipeline. */
class CheckHtmlReportIT {

    @TempDir
    Path dir;

    @Test
    void writesOnePageWithTheDocxTextHighlightedAndExplained() throws Exception {
        Fixtures.writeDocx(dir.resolve("stelle.docx"), List.of("# Dein Profil",
                "- Du hast mindestens 10.000 Follower auf deinem eigenen Instagram-Account.",
                "- Du hast Erfahrung mit Redaktionsplänen."));
        Files.writeString(dir.resolve("post.md"), "## About you\n\n- At least 10k followers on your personal TikTok account\n");
        Path report = dir.resolve("report.html");

        Cli.Run run = Cli.run("check", "--format", "html", "-o", report.toString(), dir.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.out()).isEmpty();
        Document doc = Jsoup.parse(report.toFile(), "UTF-8");
        assertThat(doc.select(".stats dd").eachText()).startsWith("2", "2");
        assertThat(doc.select("section.posting").eachAttr("lang")).containsExactly("en", "de");
        assertThat(doc.select("section.posting[lang=de] li a.hl mark").text()).contains("10.000 Follower");
        assertThat(doc.select("section.posting[lang=de] .finding .why").text()).startsWith("Warum?");
        assertThat(doc.select("section.posting[lang=en] .finding .why").text()).startsWith("Why?");
        assertThat(doc.select("section.posting[lang=de] .finding .instead q").text()).contains("Instagram");
        assertThat(doc.select("script, link, img")).isEmpty();
    }
}
