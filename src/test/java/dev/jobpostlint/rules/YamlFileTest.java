package dev.jobpostlint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Reading YAML into nodes with lines, and reporting mistakes as the caller's exception. */
class YamlFileTest {

    /** A caller's own kind of mistake, to show that the reader reports through it. */
    static final class ConfigMistake extends Exception {
        ConfigMistake(String file, int line, String reason) {
            super(file + ":" + line + ": " + reason);
        }
    }

    private static YamlFile<ConfigMistake> parse(String content) throws ConfigMistake {
        return YamlFile.parse("c.yml", content, ConfigMistake::new);
    }

    @Test
    void nodesKeepTheirLines() throws ConfigMistake {
        YamlFile<ConfigMistake> yaml = parse("a: 1\nb:\n  - x\n  - y\n");
        Map<String, YamlNode> map = yaml.mapping(yaml.root(), "the file", Set.of("a", "b"));
        assertThat(map.get("a")).isEqualTo(new YamlNode.Scalar("1", 1));
        assertThat(yaml.list(map.get("b"), "b")).extracting(YamlNode::line).containsExactly(3, 4);
        assertThat(yaml.keyLine(yaml.root(), "b")).isEqualTo(2);
    }

    @Test
    void aFileWithoutContentHasNoRoot() throws ConfigMistake {
        assertThat(parse("# only a comment\n").root()).isNull();
    }

    @Test
    void mistakesComeAsTheCallersExceptionWithFileAndLine() {
        assertThatThrownBy(() -> parse("a: [\n")).isInstanceOf(ConfigMistake.class).hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> {
            YamlFile<ConfigMistake> yaml = parse("a: 1\na: 2\n");
            yaml.mapping(yaml.root(), "the file", null);
        }).isInstanceOf(ConfigMistake.class).hasMessage("c.yml:2: key 'a' appears twice");
    }

    @Test
    void anEscapeCutOffBeforeItsDigitsIsAMistake() {
        assertThatThrownBy(() -> parse("a: \"\\u")).isInstanceOf(ConfigMistake.class)
                .hasMessage("c.yml:1: not valid YAML: an escape sequence cut off before its hex digits");
    }

    @Test
    void anAliasThatContainsItselfIsAMistake() {
        assertThatThrownBy(() -> parse("a: &x [1, *x]\n")).isInstanceOf(ConfigMistake.class)
                .hasMessageContaining("contains itself");
    }
}
