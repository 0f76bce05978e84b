package dev.jobpostlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.jobpostlint.LintResult;
import dev.jobpostlint.LocatedFinding;
import dev.jobpostlint.extract.SourceFormat;
import dev.jobpostlint.extract.SourceLocation;
import dev.jobpostlint.nlp.Span;
import dev.jobpostlint.rules.Finding;
import dev.jobpostlint.rules.Severity;

class FingerprintsTest {

    private static LocatedFinding finding(String rule, String sentence, String excerpt, int line) {
        Finding f = new Finding(rule, rule, Severity.WARNING, "m", new Span(0, 1), excerpt, new Span(0, 1), sentence,
                List.of());
        return new LocatedFinding(f, SourceLocation.lines(line, 1, line, 2));
    }

    private static List<String> of(String path, LocatedFinding... findings) {
        return Fingerprints.of(new LintResult(path, SourceFormat.MARKDOWN, "de", List.of(findings), null, null));
    }

    @Test
    void ignoresLinePathCaseAndWhiteSpace() {
        assertThat(of("a.md", finding("r", "Du hast 10k Follower.", "10k Follower", 3)))
                .isEqualTo(of("b/c.md", finding("r", "  du hast   10k follower. ", "10K  Follower", 40)));
    }

    @Test
    void tellsIdenticalFindingsApartByOccurrence() {
        List<String> fps = of("a.md", finding("r", "s", "e", 1), finding("r", "s", "e", 9));
        assertThat(fps).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void dependsOnRuleSentenceAndExcerpt() {
        String base = of("a.md", finding("r", "s", "e", 1)).get(0);
        assertThat(of("a.md", finding("q", "s", "e", 1)).get(0)).isNotEqualTo(base);
        assertThat(of("a.md", finding("r", "t", "e", 1)).get(0)).isNotEqualTo(base);
        assertThat(of("a.md", finding("r", "s", "f", 1)).get(0)).isNotEqualTo(base);
    }
}
