package dev.jobpostlint.testing;

import static org.assertj.core.api.Assertions.assertThat;

/** What every refusal a person reads must be: one line, with something on it. */
public final class OneLineMessages {

    private OneLineMessages() {
    }

    public static void assertOneLine(Exception refusal) {
        assertThat(refusal.getMessage()).as("message of %s", refusal.getClass().getSimpleName())
                .isNotBlank()
                .doesNotContain("\n", "\r");
    }
}
