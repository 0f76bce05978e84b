package dev.jobpostlint.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;

class ReasonsTest {

    @Test
    void takesTheInnermostMessageOnOneLine() {
        Exception e = new IllegalStateException("outer", new IOException("Unexpected end\n  of file"));
        assertThat(Reasons.shortReason(e)).isEqualTo("unexpected end of file");
    }

    @Test
    void keepsWordsInCapitalsAsTheyAre() {
        assertThat(Reasons.shortReason(new IOException("DOCTYPE is disallowed when the feature is set")))
                .startsWith("DOCTYPE is disallowed");
    }

    @Test
    void shortensLongMessagesAndNamesExceptionsWithoutOne() {
        assertThat(Reasons.shortReason(new IOException("x".repeat(500)))).hasSize(80).endsWith("…");
        assertThat(Reasons.shortReason(new IOException())).isEqualTo("IOException");
    }
}
