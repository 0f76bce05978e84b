package dev.jobpostlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.jobpostlint.LocatedFinding;
import dev.jobpostlint.extract.SourceLocation;
import dev.jobpostlint.nlp.Span;
import dev.jobpostlint.rules.Finding;
import dev.jobpostlint.rules.Severity;

class GithubReporterTest {

    @Test
    void escapesPercentAndLineBreaksInTheMessage() {
        assertThat(GithubReporter.escapeData("100% sicher\r\nja: a,b")).isEqualTo("100%25 sicher%0D%0Aja: a,b");
    }

    @Test
    void escapesColonAndCommaInProperties() {
        assertThat(GithubReporter.escapeProperty("a:b,c%\n")).isEqualTo("a%3Ab%2Cc%25%0A");
    }

    @Test
    void mapsSeveritiesToAnnotationLevels() {
        assertThat(GithubReporter.level(Severity.ERROR)).isEqualTo("error");
        assertThat(GithubReporter.level(Severity.WARNING)).isEqualTo("warning");
        assertThat(GithubReporter.level(Severity.INFO)).isEqualTo("notice");
    }

    @Test
    void anchorsAPdfFindingAtLineOneAndNamesThePage() {
        Finding f = new Finding("follower-count", "follower-count", Severity.WARNING, "Asks for followers.",
                new Span(0, 5), "10k", new Span(0, 5), "10k followers", List.of("Say what you need, 50% less"));
        String line = GithubReporter.annotation("jobs/a, b.pdf", new LocatedFinding(f, SourceLocation.page(3)));
        assertThat(line).isEqualTo("::warning file=jobs/a%2C b.pdf,line=1,title=follower-count::page 3: "
                + "Asks for followers. (\"10k\")%0ASuggestion: Say what you need, 50%25 less");
    }

    @Test
    void leavesColumnsOutOfAFindingThatSpansLines() {
        Finding f = new Finding("r", "c", Severity.INFO, "m", new Span(0, 5), "x", new Span(0, 5), "x", List.of());
        String line = GithubReporter.annotation("a.md", new LocatedFinding(f, SourceLocation.lines(3, 5, 4, 2)));
        assertThat(line).startsWith("::notice file=a.md,line=3,endLine=4,title=r::");
    }
}
