package dev.jobpostlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class StepSummaryTest {

    @Test
    void tablesEveryFindingWithSuggestionsAndTalliesPerFile() throws Exception {
        Golden.assertMatches("summary.md", StepSummary.markdown(Fixtures.results()));
    }

    @Test
    void saysSoWhenNothingWasFound() {
        assertThat(StepSummary.markdown(List.of())).contains("No findings in 0 files.");
    }
}
