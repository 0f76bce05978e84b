package dev.jobpostlint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.jobpostlint.nlp.AnalyzedSentence;
import dev.jobpostlint.nlp.DocumentAnalyzer;
import dev.jobpostlint.nlp.Language;
import dev.jobpostlint.nlp.NlpModels;
import dev.jobpostlint.nlp.Sentence;
import dev.jobpostlint.nlp.Span;

/** The pattern language on sentences analysed by the real models and the real lexicons. */
class TokenPatternTest {

    private static final NlpModels MODELS = new NlpModels();
    private static final RuleCatalog CATALOG = load();

    private static RuleCatalog load() {
        try {
            return RuleCatalog.load(List.of());
        } catch (RuleFileException e) {
            throw new AssertionError(e);
        }
    }

    private static String excerpt(String pattern, Language language, String sentence) {
        AnalyzedSentence s = new DocumentAnalyzer(MODELS, language)
                .analyze(new Sentence(sentence, new Span(0, sentence.length()), 0));
        List<TokenPattern.Match> matches = TokenPattern.parse(pattern).findAll(s, CATALOG.lexicon(language));
        if (matches.isEmpty()) {
            return null;
        }
        TokenPattern.Match m = matches.get(0);
        return sentence.substring(s.span(m.markFrom()).start(), s.span(m.markTo() - 1).end());
    }

    @Test
    void numberClassReadsEveryNotation() {
        for (String n : List.of("10.000", "10 000", "10k", "10K+", "2.000+", "fünfstellige")) {
            assertThat(excerpt("[ NUMBER ] AUDIENCE", Language.DE, "Du hast " + n + " Follower.")).as(n).isEqualTo(n);
        }
        for (String n : List.of("10,000", "10k+", "10 000", "25,000+", "5K")) {
            assertThat(excerpt("[ NUMBER ] AUDIENCE", Language.EN, "You have " + n + " followers.")).as(n).isEqualTo(n);
        }
    }

    @Test
    void globMatchesCompounds() {
        assertThat(excerpt("*followerzahl", Language.DE, "Bitte nenne deine aktuelle Instagram-Followerzahl."))
                .isEqualTo("Followerzahl");
    }

    @Test
    void gapOptionalAndAlternatives() {
        assertThat(excerpt("[ stehst|stehen ... vor der kamera ]", Language.DE, "Du stehst gerne vor der Kamera."))
                .isEqualTo("stehst gerne vor der Kamera");
        assertThat(excerpt("you ..1 love being in front of the camera", Language.EN, "You love being in front of the camera."))
                .isEqualTo("You love being in front of the camera");
        assertThat(excerpt("really? love", Language.EN, "You love it.")).isEqualTo("love");
    }

    @Test
    void negatedElementAndExactCase() {
        assertThat(excerpt("!\"Ihre\" aufgaben", Language.DE, "Deine Aufgaben")).isEqualTo("Deine Aufgaben");
        assertThat(excerpt("!\"Ihre\" aufgaben", Language.DE, "Ihre Aufgaben")).isNull();
    }

    @Test
    void anchorsAreTheLiteralsOfTheMostSelectiveElement() {
        assertThat(TokenPattern.parse("du ... *followerzahl").anchors(CATALOG.lexicon(Language.DE)))
                .containsExactly("followerzahl");
        assertThat(TokenPattern.parse("/[a-z]+/").anchors(CATALOG.lexicon(Language.DE))).isNull();
    }

    @Test
    void everyRequiredElementContributesItsAnchors() {
        assertThat(TokenPattern.parse("[ AT_LEAST? /\\d+/ follower* ]").requiredAnchors(CATALOG.lexicon(Language.DE)))
                .containsExactly(Set.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), Set.of("follower"));
        assertThat(TokenPattern.parse("!follower du").requiredAnchors(CATALOG.lexicon(Language.DE)))
                .containsExactly(Set.of("du"));
    }

    @Test
    void mistakesInPatternsAreExplained() {
        assertThatThrownBy(() -> TokenPattern.parse("[ a [ b ] ]")).hasMessageContaining("at most one part");
        assertThatThrownBy(() -> TokenPattern.parse("Follower")).hasMessageContaining("lower case");
        assertThatThrownBy(() -> TokenPattern.parse("/(unclosed/")).hasMessageContaining("bad regular expression");
        assertThatThrownBy(() -> TokenPattern.parse("/(follow)er\\1/"))
                .hasMessageContaining("bad regular expression").hasMessageContaining("without lookaround or backreferences");
    }

    @Test
    void aRegularExpressionTheLibraryCannotFoldIsRefusedInsteadOfCompiledForever() {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            for (String regex : List.of("/\u1c80/", "/[\u1c80]/", "/[ -\u2fff]/", "/[\\x00-\\x{2fff}]+/",
                    "/\\x{1C84}/", "/[^a-z -\\x{3000}]/", "/[[:alpha:]\\--\\x{1c85}]/", "/\\Q\u1c88\\E/",
                    "/[b-f--\ufffd]/")) {
                assertThatThrownBy(() -> TokenPattern.parse(regex)).as(regex)
                        .hasMessageContaining("U+1C80 to U+1C88");
            }
            for (String regex : List.of("/[а-я]+/", "/[\\x00-\\x{10FFFF}]/", "/[–—-]/", "/\\p{Cyrillic}+/")) {
                assertThat(TokenPattern.parse(regex)).as(regex).isNotNull();
            }
        });
    }

    @Test
    void regularExpressionsRunInLinearTime() {
        String word = "a".repeat(200) + "b";
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertThat(excerpt("/(.*a){12}$/", Language.EN, "You know " + word + " well.")).isNull();
            assertThat(excerpt("/(a+)+b/", Language.EN, "You know " + word + " well.")).isEqualTo(word);
        });
    }
}
