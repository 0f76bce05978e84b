package dev.jobpostlint.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {

    private final LanguageIdentifier identifier = new LanguageIdentifier(new NlpModels());

    @Test
    void germanPostingIsGerman() {
        assertThat(identifier.detectCode("""
                Du entwickelst unsere Social-Media-Strategie für Instagram und TikTok weiter.
                Du hast Erfahrung mit Paid Social und kennst die Algorithmen der Plattformen.
                Wir bieten dir 30 Tage Urlaub, flexible Arbeitszeiten und ein tolles Team.
                """)).isEqualTo("deu");
    }

    @Test
    void englishPostingIsEnglish() {
        assertThat(identifier.detectCode("""
                You will own our social strategy across Instagram and TikTok.
                You have experience with paid social and know how the algorithms work.
                We offer 25 days of holiday, a learning budget and a great team.
                """)).isEqualTo("eng");
    }

    @Test
    void frenchPostingIsAskedOfTheModelAndIsNotSupported() {
        String french = """
                Vous développez notre stratégie sur les réseaux sociaux pour Instagram et TikTok.
                Vous avez une expérience des campagnes payantes et connaissez les algorithmes des plateformes.
                Nous offrons des horaires flexibles, un budget de formation et une équipe formidable.
                """;
        assertThat(LanguageIdentifier.byFunctionWords(french)).isEmpty();
        assertThat(identifier.detectCode(french)).isEqualTo("fra");
        assertThat(identifier.detect(french)).isEmpty();
    }

    @Test
    void shortSnippetIsLeftToTheModel() {
        assertThat(LanguageIdentifier.byFunctionWords("10k Follower auf Instagram")).isEmpty();
        assertThat(identifier.detectCode("   ")).isEqualTo("und");
    }
}
