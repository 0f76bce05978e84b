package dev.jobpostlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkedSentenceTest {

    @Test
    void placesExcerptByOffset() {
        MarkedSentence m = MarkedSentence.of("Du hast mind. 5.000 Follower.", "mind. 5.000 Follower", 8, 20);
        assertThat(m.carets()).isEqualTo("        ^^^^^^^^^^^^^^^^^^^^");
        assertThat(m.marked()).isEqualTo("mind. 5.000 Follower");
    }

    @Test
    void searchesTheExcerptWhenTheOffsetDoesNotFit() {
        MarkedSentence m = MarkedSentence.of("Eine große\nFollowerschaft.", "Followerschaft", 99, 14);
        assertThat(m.text()).isEqualTo("Eine große Followerschaft.");
        assertThat(m.carets()).isEqualTo("           ^^^^^^^^^^^^^^");
    }

    @Test
    void leavesSentenceUnmarkedWhenTheExcerptIsNotInIt() {
        MarkedSentence m = MarkedSentence.of("Something else.", "followers");
        assertThat(m.carets()).isEmpty();
        assertThat(m.before()).isEqualTo("Something else.");
    }

    @Test
    void cutsLongSentencesAroundTheExcerpt() {
        String sentence = "x".repeat(200) + " 10k followers " + "y".repeat(200);
        MarkedSentence m = MarkedSentence.of(sentence, "10k followers");
        assertThat(m.text()).startsWith("…").endsWith("…");
        assertThat(m.marked()).isEqualTo("10k followers");
        assertThat(m.text().length()).isLessThanOrEqualTo(MarkedSentence.MAX_WIDTH + 2);
    }

    @Test
    void cutsAnExcerptLongerThanTheWindow() {
        String word = "a".repeat(5_000);
        MarkedSentence m = MarkedSentence.of("You have " + word + " b.", word);
        assertThat(m.text()).startsWith("…a").endsWith("a…");
        assertThat(m.marked()).isEqualTo(m.text().substring(1));
        assertThat(m.carets()).hasSize(MarkedSentence.MAX_WIDTH + 1);
    }
}
