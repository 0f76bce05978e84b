package dev.jobpostlint.rules;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** A YAML file read as a node tree, so that every mistake can be reported with its line. */
final class YamlFile {

    private final String name;
    private final Node root;

    private YamlFile(String name, Node root) {
        this.name = name;
        this.root = root;
    }

    static YamlFile parse(String name, String content) throws RuleFileException {
        try {
            Node root = new Yaml(new LoaderOptions()).compose(new StringReader(content));
            if (root == null) {
                throw new RuleFileException(name, 1, "the file is empty");
            }
            return new YamlFile(name, root);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 1;
            throw new RuleFileException(name, line, "not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new RuleFileException(name, "not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    String name() {
        return name;
    }

    Node root() {
        return root;
    }

    RuleFileException error(Node at, String reason) {
        return new RuleFileException(name, line(at), reason);
    }

    static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    /** The mapping's entries; a key outside {@code allowed} (null: any key) is an error naming the allowed ones. */
    Map<String, Node> mapping(Node node, String what, Set<String> allowed) throws RuleFileException {
        if (!(node instanceof MappingNode m)) {
            throw error(node, what + " must be a mapping of keys to values");
        }
        Map<String, Node> out = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            String key = scalar(t.getKeyNode(), "a key");
            if (allowed != null && !allowed.contains(key)) {
                throw error(t.getKeyNode(), "unknown key '" + key + "' in " + what + " (known: "
                        + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
            if (out.put(key, t.getValueNode()) != null) {
                throw error(t.getKeyNode(), "key '" + key + "' appears twice");
            }
        }
        return out;
    }

    String scalar(Node node, String what) throws RuleFileException {
        if (!(node instanceof ScalarNode s)) {
            throw error(node, what + " must be a single value");
        }
        return s.getValue();
    }

    String required(Map<String, Node> map, Node owner, String key) throws RuleFileException {
        Node n = map.get(key);
        if (n == null) {
            throw error(owner, "missing '" + key + "'");
        }
        String value = scalar(n, "'" + key + "'").strip();
        if (value.isEmpty()) {
            throw error(n, "'" + key + "' is empty");
        }
        return value;
    }

    List<Node> list(Node node, String what) throws RuleFileException {
        if (node instanceof SequenceNode s) {
            return s.getValue();
        }
        if (node instanceof ScalarNode) {
            return List.of(node);
        }
        throw error(node, what + " must be a list");
    }
}
