package dev.jobpostlint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.jobpostlint.nlp.Language;

/** Meta checks over the built-in rules, and how user rule folders are read. */
class RuleCatalogTest {

    private static final String USER_RULE = """
            id: follower-count
            category: follower-count
            severity: error
            message: Eigene Regel.
            explanation: Weil.
            suggestions: ["Etwas anderes."]
            match:
              patterns: ["[ NUMBER AUDIENCE ]"]
            examples:
              flag: ["Du hast [10.000 Follower]."]
              pass: ["Wir haben 10.000 Follower."]
            """;

    @Test
    void everyBuiltInRuleHasMessageSuggestionsAndEnoughExamplesBothWays() throws RuleFileException {
        RuleCatalog catalog = RuleCatalog.load(List.of());
        assertThat(catalog.rules()).isNotEmpty();
        for (Rule rule : catalog.rules()) {
            assertThat(rule.message()).as(rule.source()).isNotBlank();
            assertThat(rule.explanation()).as(rule.source()).isNotBlank();
            assertThat(rule.suggestions()).as(rule.source()).isNotEmpty();
            assertThat(rule.examples().stream().filter(Example::mustFlag)).as(rule.source() + " flag examples").hasSizeGreaterThanOrEqualTo(8);
            assertThat(rule.examples().stream().filter(e -> !e.mustFlag())).as(rule.source() + " pass examples").hasSizeGreaterThanOrEqualTo(8);
            assertThat(rule.source()).as("file name follows the id").endsWith("/" + rule.id() + ".yml");
        }
    }

    @Test
    void everyCategoryOfTheTaxonomyHasRulesInBothLanguages() throws RuleFileException {
        RuleCatalog catalog = RuleCatalog.load(List.of());
        for (Language language : Language.values()) {
            assertThat(catalog.rules(language).stream().map(Rule::category).distinct())
                    .as(language.code()).containsExactlyInAnyOrderElementsOf(RuleFileLoader.CATEGORIES);
        }
    }

    @Test
    void userRuleWithBuiltInIdReplacesIt(@TempDir Path dir) throws IOException, RuleFileException {
        Files.createDirectories(dir.resolve("de"));
        Files.writeString(dir.resolve("de/mine.yml"), USER_RULE);
        RuleCatalog catalog = RuleCatalog.load(List.of(dir));
        List<Rule> german = catalog.byId("follower-count").stream().filter(r -> r.language() == Language.DE).toList();
        assertThat(german).singleElement().satisfies(r -> assertThat(r.severity()).isEqualTo(Severity.ERROR));
        assertThat(catalog.byId("follower-count")).extracting(Rule::language).contains(Language.EN);
    }

    @Test
    void brokenRuleFileNamesFileAndLine(@TempDir Path dir) throws IOException {
        Path file = brokenRule(dir, "severity: error", "severity: fatal");
        assertThatThrownBy(() -> RuleCatalog.load(List.of(dir)))
                .isInstanceOf(RuleFileException.class)
                .hasMessage(file + ":3: severity must be error, warning or info, not 'fatal'");
    }

    @Test
    void aValueWithALineBreakIsQuotedOnOneLine(@TempDir Path dir) throws IOException {
        Path file = brokenRule(dir, "severity: error", "severity: \"fatal\\nerror\"");
        assertThatThrownBy(() -> RuleCatalog.load(List.of(dir)))
                .isInstanceOf(RuleFileException.class)
                .hasMessage(file + ":3: severity must be error, warning or info, not 'fatal\\nerror'");
    }

    @Test
    void unknownClassInPatternIsReportedWithItsLine(@TempDir Path dir) throws IOException {
        Path file = brokenRule(dir, "NUMBER AUDIENCE", "NUMBER FOLLOWERS");
        assertThatThrownBy(() -> RuleCatalog.load(List.of(dir)))
                .hasMessageStartingWith(file + ":8: pattern '[ NUMBER FOLLOWERS ]' names class FOLLOWERS");
    }

    @Test
    void invalidYamlIsReportedWithItsLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.yml");
        Files.writeString(file, "id: x\nmessage: [unclosed\n");
        assertThatThrownBy(() -> RuleCatalog.load(List.of(dir)))
                .hasMessageStartingWith(file + ":")
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void unknownKeyIsAnError(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("en"));
        Path file = dir.resolve("en/x.yml");
        Files.writeString(file, USER_RULE.replace("severity: error", "severity: error\nseverty: info"));
        assertThatThrownBy(() -> RuleCatalog.load(List.of(dir)))
                .hasMessageStartingWith(file + ":4: unknown key 'severty' in a rule");
    }

    /** Writes the user rule with {@code wrong} in place of {@code right} as {@code de/broken.yml}. */
    private static Path brokenRule(Path dir, String right, String wrong) throws IOException {
        Files.createDirectories(dir.resolve("de"));
        return Files.writeString(dir.resolve("de/broken.yml"), USER_RULE.replace(right, wrong));
    }
}
