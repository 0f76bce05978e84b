package dev.jobpostlint.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SuppressionsTest {

    @Test
    void disableNextLineCoversTheNextNonBlankLineOnly() {
        Suppressions s = Suppressions.scan("""
                # Job
                <!-- jobpost-lint-disable-next-line follower-count -->

                - 10.000 Follower
                - 20.000 Follower
                """);
        assertThat(s.suppresses("follower-count", 4)).isTrue();
        assertThat(s.suppresses("follower-count", 5)).isFalse();
        assertThat(s.suppresses("influencer-status", 4)).isFalse();
    }

    @Test
    void disableWithoutRuleCoversEveryRuleUntilEnable() {
        Suppressions s = Suppressions.scan("a\n<!-- jobpost-lint-disable -->\nb\nc\n<!-- jobpost-lint-enable -->\nd\n");
        assertThat(s.suppresses("any", 3)).isTrue();
        assertThat(s.suppresses("other", 4)).isTrue();
        assertThat(s.suppresses("any", 6)).isFalse();
        assertThat(s.suppresses("any", 1)).isFalse();
    }

    @Test
    void disableWithoutEnableRunsToTheEndOfTheFile() {
        Suppressions s = Suppressions.scan("a\n<!--jobpost-lint-disable follower-count-->\nb\n\n\nz");
        assertThat(s.suppresses("follower-count", 6)).isTrue();
        assertThat(s.suppresses("follower-count", 1)).isFalse();
    }

    @Test
    void enableOfOneRuleLeavesTheOthersDisabled() {
        Suppressions s = Suppressions.scan("""
                <!-- jobpost-lint-disable a, b -->
                x
                <!-- jobpost-lint-enable a -->
                y
                """);
        assertThat(s.suppresses("a", 2)).isTrue();
        assertThat(s.suppresses("a", 4)).isFalse();
        assertThat(s.suppresses("b", 4)).isTrue();
    }

    @Test
    void ignoresOtherCommentsAndFormatsWithoutSource() {
        assertThat(Suppressions.scan("<!-- a comment -->\ntext").isEmpty()).isTrue();
        assertThat(Suppressions.scan(null).isEmpty()).isTrue();
        assertThat(Suppressions.scan("x").suppresses("r", null)).isFalse();
    }
}
