package dev.jobpostlint.rules;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
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

/**
 * A YAML file read as a tree of {@link YamlNode}s, so that every mistake can be reported with its line, as the
 * exception {@code E} that the caller's kind of file uses (rule file, config file). Bounded: a file of rules or
 * settings needs no more than {@value #MAX_ALIASES} aliases, {@value #MAX_DEPTH} levels or {@value #MAX_NODES}
 * nodes once its aliases are expanded, so a few lines of aliases of aliases cannot expand to millions of nodes.
 */
public final class YamlFile<E extends Exception> {

    static final int MAX_ALIASES = 20;
    static final int MAX_DEPTH = 64;
    static final int MAX_NODES = 100_000;
    private static final int MAX_CODE_POINTS = 4 * 1024 * 1024;
    private static final long MAX_FILE_BYTES = 4L * MAX_CODE_POINTS;

    /** Makes the exception for a mistake at a line of a file. */
    @FunctionalInterface
    public interface Mistake<E extends Exception> {
        E at(String file, int line, String reason);
    }

    private final String name;
    private final YamlNode root;
    private final Mistake<E> mistake;

    private YamlFile(String name, YamlNode root, Mistake<E> mistake) {
        this.name = name;
        this.root = root;
        this.mistake = mistake;
    }

    /**
     * {@code message} on one line: a file name, or a value or character the message quotes from the file, may hold a
     * line break, written here as {@code \n} or {@code \r}.
     */
    public static String oneLine(String message) {
        return message.replace("\r", "\\r").replace("\n", "\\n");
    }

    /** Reads a YAML file as text, refusing one too large to be a rule or config file before reading it. */
    public static String read(Path file) throws IOException {
        if (Files.size(file) > MAX_FILE_BYTES) {
            throw new IOException("larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB");
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /** Parses {@code content}; a document without content has a null {@link #root()}. */
    public static <E extends Exception> YamlFile<E> parse(String name, String content, Mistake<E> mistake) throws E {
        Node root;
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowRecursiveKeys(false);
        try {
            root = new Yaml(options).compose(new StringReader(content));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 1;
            throw mistake.at(name, line, "not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw mistake.at(name, 1, "not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
        } catch (NumberFormatException e) {
            // what SnakeYAML throws for an escape (a backslash and x, u or U) that the end of the file cuts off
            // before its hex digits
            throw mistake.at(name, 1, "not valid YAML: an escape sequence cut off before its hex digits");
        }
        if (root == null) {
            return new YamlFile<>(name, null, mistake);
        }
        int[] budget = {MAX_NODES};
        YamlNode tree = tree(root, Collections.newSetFromMap(new IdentityHashMap<>()), budget);
        if (budget[0] < 0) {
            throw mistake.at(name, line(root), "too large: more than " + MAX_NODES + " nodes once its aliases are expanded");
        }
        if (tree == null) {
            throw mistake.at(name, line(root), "not valid YAML: a node contains itself through an alias");
        }
        return new YamlFile<>(name, tree, mistake);
    }

    /** A file whose tree was read before (the built-in rules the build stored). */
    static <E extends Exception> YamlFile<E> of(String name, YamlNode root, Mistake<E> mistake) {
        return new YamlFile<>(name, root, mistake);
    }

    /**
     * SnakeYAML's node as ours; null when an alias makes a node its own descendant, or when the tree would have
     * more nodes than {@code budget} has left (then the budget is below zero).
     */
    private static YamlNode tree(Node node, Set<Node> ancestors, int[] budget) {
        if (--budget[0] < 0 || !ancestors.add(node)) {
            return null;
        }
        try {
            if (node instanceof ScalarNode s) {
                return new YamlNode.Scalar(s.getValue(), line(node));
            }
            if (node instanceof SequenceNode s) {
                List<YamlNode> items = new ArrayList<>(s.getValue().size());
                for (Node item : s.getValue()) {
                    YamlNode converted = tree(item, ancestors, budget);
                    if (converted == null) {
                        return null;
                    }
                    items.add(converted);
                }
                return new YamlNode.Sequence(items, line(node));
            }
            MappingNode m = (MappingNode) node;
            List<YamlNode.Entry> entries = new ArrayList<>(m.getValue().size());
            for (NodeTuple t : m.getValue()) {
                YamlNode key = tree(t.getKeyNode(), ancestors, budget);
                YamlNode value = tree(t.getValueNode(), ancestors, budget);
                if (key == null || value == null) {
                    return null;
                }
                entries.add(new YamlNode.Entry(key, value));
            }
            return new YamlNode.Mapping(entries, line(node));
        } finally {
            ancestors.remove(node);
        }
    }

    private static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    public String name() {
        return name;
    }

    /** The document's top node, or null for a file without content. */
    public YamlNode root() {
        return root;
    }

    public E error(YamlNode at, String reason) {
        return mistake.at(name, at == null ? 1 : at.line(), reason);
    }

    /** The mapping's entries; a key outside {@code allowed} (null: any key) is an error naming the allowed ones. */
    public Map<String, YamlNode> mapping(YamlNode node, String what, Set<String> allowed) throws E {
        if (!(node instanceof YamlNode.Mapping m)) {
            throw error(node, what + " must be a mapping of keys to values");
        }
        Map<String, YamlNode> out = new LinkedHashMap<>();
        for (YamlNode.Entry e : m.entries()) {
            String key = scalar(e.key(), "a key");
            if (allowed != null && !allowed.contains(key)) {
                throw error(e.key(), "unknown key '" + key + "' in " + what + " (known: "
                        + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
            if (out.put(key, e.value()) != null) {
                throw error(e.key(), "key '" + key + "' appears twice");
            }
        }
        return out;
    }

    /** The line of {@code key} in a mapping (the mapping's own line if the key is not there). */
    public int keyLine(YamlNode mapping, String key) {
        if (mapping instanceof YamlNode.Mapping m) {
            for (YamlNode.Entry e : m.entries()) {
                if (e.key() instanceof YamlNode.Scalar s && s.value().equals(key)) {
                    return s.line();
                }
            }
        }
        return mapping.line();
    }

    public String scalar(YamlNode node, String what) throws E {
        if (!(node instanceof YamlNode.Scalar s)) {
            throw error(node, what + " must be a single value");
        }
        return s.value();
    }

    /** The stripped value of a key that must be there and not be empty. */
    public String required(Map<String, YamlNode> map, YamlNode owner, String key) throws E {
        YamlNode n = map.get(key);
        if (n == null) {
            throw error(owner, "missing '" + key + "'");
        }
        String value = scalar(n, "'" + key + "'").strip();
        if (value.isEmpty()) {
            throw error(n, "'" + key + "' is empty");
        }
        return value;
    }

    /** The items of a sequence; a single value is a list of one. */
    public List<YamlNode> list(YamlNode node, String what) throws E {
        if (node instanceof YamlNode.Sequence s) {
            return s.items();
        }
        if (node instanceof YamlNode.Scalar) {
            return List.of(node);
        }
        throw error(node, what + " must be a list");
    }

    /** The stripped values of a list (a single value is a list of one); none for an absent key (null). */
    public List<String> strings(YamlNode node, String what, String item) throws E {
        if (node == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (YamlNode n : list(node, what)) {
            out.add(scalar(n, item).strip());
        }
        return out;
    }
}
