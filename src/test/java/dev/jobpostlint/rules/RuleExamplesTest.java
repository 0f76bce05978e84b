package dev.jobpostlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.jobpostlint.nlp.DocumentAnalyzer;
import dev.jobpostlint.nlp.NlpModels;

/** Runs every example of every built-in rule file through the real pipeline and models. */
class RuleExamplesTest {

    private static final NlpModels MODELS = new NlpModels();
    private static final RuleCatalog CATALOG = load();
    private static final RuleEngine ENGINE = new RuleEngine(CATALOG);

    private static RuleCatalog load() {
        try {
            return RuleCatalog.load(List.of());
        } catch (RuleFileException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    static Stream<Arguments> examples() {
        return CATALOG.rules().stream().flatMap(rule -> rule.examples().stream()
                .map(example -> Arguments.of(rule.source() + ":" + example.line() + " "
                        + (example.mustFlag() ? "flags" : "passes") + " \"" + example.sentence() + "\"", rule, example)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void ruleBehavesAsItsExampleSays(String name, Rule rule, Example example) {
        DocumentAnalyzer analyzer = new DocumentAnalyzer(MODELS, rule.language());
        List<Finding> own = ENGINE.checkSentence(example.sentence(), example.section(), analyzer).stream()
                .filter(f -> f.ruleId().equals(rule.id()))
                .toList();
        String analysis = "\nsection: " + example.section().id() + "\n" + ENGINE.describe(example.sentence(), analyzer);
        if (example.mustFlag()) {
            assertThat(own).as("%s should flag [%s] in%s", rule.id(), example.flagged(), analysis).isNotEmpty();
            assertThat(own.get(0).excerpt()).as("flagged part, analysis:%s", analysis).isEqualTo(example.flagged());
        } else {
            assertThat(own).as("%s should not flag%s", rule.id(), analysis).isEmpty();
        }
    }
}
