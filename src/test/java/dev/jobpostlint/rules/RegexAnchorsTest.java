package dev.jobpostlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class RegexAnchorsTest {

    private static final Set<String> DIGITS = Set.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

    @Test
    void requiredDigitAnchorsOnDigits() {
        assertThat(RegexAnchors.of("\\d{1,3}([.,']\\d{3})+\\+?")).isEqualTo(DIGITS);
        assertThat(RegexAnchors.of("\\d+([.,]\\d+)?(k|tsd\\.?|mio\\.?)\\+?")).isEqualTo(DIGITS);
        assertThat(RegexAnchors.of("\\d{3,}\\+?")).isEqualTo(DIGITS);
    }

    @Test
    void longestSafeLiteralRunWins() {
        assertThat(RegexAnchors.of("(vier|fünf|sechs|sieben)stellig\\w*")).containsExactly("tell");
        assertThat(RegexAnchors.of("(four|five|six|seven)-figure")).containsExactly("gure");
        assertThat(RegexAnchors.of("(zehn|hundert)tausend\\w*")).containsExactly("tau");
    }

    @Test
    void nothingWhenNothingIsRequired() {
        assertThat(RegexAnchors.of("\\d*x")).isNull();
        assertThat(RegexAnchors.of("\\d?")).isNull();
        assertThat(RegexAnchors.of("\\d{0,2}")).isNull();
        assertThat(RegexAnchors.of("abc|\\d+")).isNull();
        assertThat(RegexAnchors.of("follo?wer")).containsExactly("foll");
        assertThat(RegexAnchors.of("[a-z]+")).isNull();
        assertThat(RegexAnchors.of("(unclosed")).isNull();
    }
}
