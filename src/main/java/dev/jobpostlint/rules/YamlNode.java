package dev.jobpostlint.rules;

import java.util.List;

/** A node of a YAML document, with the line it starts on: what rule and config files are read from. */
public sealed interface YamlNode {

    int line();

    record Scalar(String value, int line) implements YamlNode {
    }

    record Sequence(List<YamlNode> items, int line) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }
    }

    /** Entries in the order of the file; keys are not checked for being scalars or unique here. */
    record Mapping(List<Entry> entries, int line) implements YamlNode {
        public Mapping {
            entries = List.copyOf(entries);
        }
    }

    record Entry(YamlNode key, YamlNode value) {
    }
}
