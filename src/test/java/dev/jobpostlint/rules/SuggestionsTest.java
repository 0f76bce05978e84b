package dev.jobpostlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SuggestionsTest {

    @Test
    void fillsThePlatformSlotWithTheNamedPlatforms() {
        String template = "Erfahrung im Aufbau von {platform|Social-Media}-Kanälen für Marken.";
        assertThat(Suggestions.fill(template, List.of(), "und")).isEqualTo("Erfahrung im Aufbau von Social-Media-Kanälen für Marken.");
        assertThat(Suggestions.fill(template, List.of("Instagram"), "und")).isEqualTo("Erfahrung im Aufbau von Instagram-Kanälen für Marken.");
        assertThat(Suggestions.fill(template, List.of("Instagram", "TikTok", "YouTube"), "und"))
                .isEqualTo("Erfahrung im Aufbau von Instagram-, TikTok- und YouTube-Kanälen für Marken.");
        assertThat(Suggestions.fill("Growing accounts on {platform|social media}.", List.of("Instagram", "TikTok"), "and"))
                .isEqualTo("Growing accounts on Instagram and TikTok.");
    }

    @Test
    void keepsTheSuggestionsThatAddressTheReaderAsThePostingDoes() {
        List<String> suggestions = List.of("Schick uns Arbeitsproben, die du umgesetzt hast.",
                "Bitte beschreiben Sie eine Kampagne, die Sie verantwortet haben.", "Ein Portfolio mit Kampagnen.");
        assertThat(Suggestions.inAddressOf("Bitte senden Sie uns Ihr Instagram-Profil.", suggestions))
                .containsExactly(suggestions.get(1), suggestions.get(2));
        assertThat(Suggestions.inAddressOf("Schick uns den Link zu deinem Profil.", suggestions))
                .containsExactly(suggestions.get(0), suggestions.get(2));
        assertThat(Suggestions.inAddressOf("Include your Instagram handle.", suggestions)).isEqualTo(suggestions);
    }
}
