package dev.jobpostlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.jobpostlint.LocatedFinding;
import dev.jobpostlint.extract.Block;
import dev.jobpostlint.extract.BlockKind;
import dev.jobpostlint.extract.ExtractedText;
import dev.jobpostlint.extract.SourceFormat;
import dev.jobpostlint.extract.SourceMap;
import dev.jobpostlint.nlp.Span;
import dev.jobpostlint.rules.Finding;
import dev.jobpostlint.rules.Severity;

class HighlightsTest {

    private static final String TEXT = "Profil\nDu hast 10.000 Follower auf TikTok.";
    private static final ExtractedText EXTRACTED = new ExtractedText(SourceFormat.TEXT, TEXT,
            List.of(new Block(0, 6, BlockKind.HEADING), new Block(7, TEXT.length(), BlockKind.PARAGRAPH)),
            SourceMap.withoutLines().build());

    private static LocatedFinding at(int start, int end) {
        Span span = start < 0 ? null : new Span(start, end);
        return new LocatedFinding(new Finding("r", "follower-count", Severity.WARNING, "m", span, "x", span, "s",
                List.of()), null);
    }

    private static String render(Highlights.BlockView block) {
        StringBuilder b = new StringBuilder();
        block.runs().forEach(r -> b.append(r.finding() < 0 ? r.text() : "[" + r.text() + "]" + r.finding()));
        return b.toString();
    }

    @Test
    void marksEachExcerptInItsBlockAndAnchorsTheFindingThere() {
        int start = TEXT.indexOf("10.000");
        Highlights h = Highlights.of(EXTRACTED, List.of(at(start, start + 15)));
        assertThat(render(h.blocks().get(0))).isEqualTo("Profil");
        assertThat(render(h.blocks().get(1))).isEqualTo("Du hast [10.000 Follower]0 auf TikTok.");
        assertThat(h.blocks().get(1).findings()).containsExactly(0);
        assertThat(h.unplaced()).isEmpty();
    }

    @Test
    void marksOverlappingFindingsOnlyWhereTheyDoNotOverlap() {
        int start = TEXT.indexOf("10.000");
        Highlights h = Highlights.of(EXTRACTED, List.of(at(start + 7, start + 19), at(start, start + 15)));
        assertThat(render(h.blocks().get(1))).isEqualTo("Du hast [10.000 Follower]1[ auf]0 TikTok.");
        assertThat(h.blocks().get(1).findings()).containsExactly(1, 0);
    }

    @Test
    void leavesFindingsWithoutUsableSpanForTheEnd() {
        Highlights h = Highlights.of(EXTRACTED, List.of(at(-1, 0), at(3, 3), at(0, 500)));
        assertThat(h.unplaced()).containsExactly(0, 1, 2);
        assertThat(render(h.blocks().get(1))).isEqualTo(TEXT.substring(7));
    }
}
