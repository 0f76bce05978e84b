package dev.jobpostlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.jobpostlint.nlp.Language;

/** The built-in rules as the build stores them in the jar are the YAML files under rules/. */
class BuiltInRulesTest {

    @Test
    void storedFormEqualsTheYamlFiles() throws RuleFileException {
        BuiltInRules fromYaml = BuiltInRules.fromYaml(Path.of("rules"));
        assertThat(fromYaml.files()).hasSizeGreaterThan(2);
        assertThat(BuiltInRules.fromClassPath()).isEqualTo(fromYaml);
    }

    @Test
    void compactFormReadsBackEveryKindOfNode(@TempDir Path dir) throws IOException, RuleFileException {
        YamlNode tree = RuleFileLoader.parse("t.yml", """
                id: "x"
                text: |
                  Zwei Zeilen, mit Umlauten: äöü ß – und 😀.
                  Zweite.
                list: [a, {b: c}, []]
                empty: {}
                """).root();
        BuiltInRules rules = new BuiltInRules(List.of(
                new BuiltInRules.SourceFile("rules/de/t.yml", Language.DE, tree),
                new BuiltInRules.SourceFile("rules/en/empty.yml", Language.EN, null)));
        Path file = dir.resolve("rules.bin");
        rules.write(file);
        try (InputStream in = Files.newInputStream(file)) {
            assertThat(BuiltInRules.read(in)).isEqualTo(rules);
        }
    }
}
