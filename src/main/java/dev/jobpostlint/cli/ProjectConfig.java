package dev.jobpostlint.cli;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
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

import dev.jobpostlint.nlp.Language;
import dev.jobpostlint.rules.RuleCatalog;
import dev.jobpostlint.rules.Severity;

/**
 * A repository's {@code .jobpost-lint.yml}: which files to check, when to fail, the language, extra rule folders,
 * per-rule severities and disabled rules. Every key is documented in the README; a mistake is reported with the
 * file and line. Rule ids are remembered with their lines so that an unknown one can be reported once the
 * rules are loaded.
 */
record ProjectConfig(Path file, List<String> include, List<String> exclude, FailOn failOn, Language language,
                     List<Path> ruleDirs, Map<String, Severity> severities, List<String> disabled,
                     Map<String, Integer> ruleIdLines) {

    static final List<String> FILE_NAMES = List.of(".jobpost-lint.yml", ".jobpost-lint.yaml");
    private static final Set<String> KEYS = Set.of("include", "exclude", "fail-on", "language", "rules", "severity",
            "disable");

    /** The config file in {@code dir} or the nearest parent that has one, or null. */
    static Path find(Path dir) {
        for (Path d = dir.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
            for (String name : FILE_NAMES) {
                Path candidate = d.resolve(name);
                if (Files.isRegularFile(candidate)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    static ProjectConfig load(Path file) throws ConfigException {
        String name = file.toString();
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(name, 1, "cannot read the config file (" + InputCollector.reason(e) + ")");
        }
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new StringReader(content));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 1;
            throw new ConfigException(name, line, "not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new ConfigException(name, 1, "not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
        Reader r = new Reader(name);
        if (root == null) {
            return new ProjectConfig(file, List.of(), List.of(), null, null, List.of(), Map.of(), List.of(), Map.of());
        }
        Map<String, Node> map = r.mapping(root, "the config file");
        for (Map.Entry<String, Node> e : map.entrySet()) {
            if (!KEYS.contains(e.getKey())) {
                throw r.error(keyNode(root, e.getKey()), "unknown key '" + e.getKey() + "' (known: "
                        + String.join(", ", KEYS.stream().sorted().toList()) + ")");
            }
        }
        Path dir = file.toAbsolutePath().getParent();
        List<String> include = r.strings(map.get("include"), "include");
        List<String> exclude = r.strings(map.get("exclude"), "exclude");
        FailOn failOn = null;
        if (map.containsKey("fail-on")) {
            String v = r.scalar(map.get("fail-on"), "fail-on");
            failOn = Enum.valueOf(FailOn.class, r.oneOf(map.get("fail-on"), "fail-on", v,
                    List.of("error", "warning", "info", "never")).toUpperCase(java.util.Locale.ROOT));
        }
        Language language = null;
        if (map.containsKey("language")) {
            String v = r.scalar(map.get("language"), "language");
            language = Language.fromCode(v.strip())
                    .orElseThrow(() -> r.error(map.get("language"), "unknown language '" + v + "' (known: de, en)"));
        }
        List<Path> ruleDirs = new ArrayList<>();
        if (map.containsKey("rules")) {
            for (Node n : r.list(map.get("rules"), "rules")) {
                Path p = dir.resolve(r.scalar(n, "a rules folder").strip());
                if (!Files.isDirectory(p)) {
                    throw r.error(n, "rules: no such directory: " + p);
                }
                ruleDirs.add(p);
            }
        }
        Map<String, Integer> idLines = new LinkedHashMap<>();
        Map<String, Severity> severities = new LinkedHashMap<>();
        if (map.containsKey("severity")) {
            Node sevNode = map.get("severity");
            for (Map.Entry<String, Node> e : r.mapping(sevNode, "severity").entrySet()) {
                String v = r.scalar(e.getValue(), "the severity of '" + e.getKey() + "'");
                severities.put(e.getKey(), Severity.fromId(v.strip()).orElseThrow(() -> r.error(e.getValue(),
                        "unknown severity '" + v + "' for rule '" + e.getKey() + "' (known: error, warning, info)")));
                idLines.putIfAbsent(e.getKey(), line(keyNode(sevNode, e.getKey())));
            }
        }
        List<String> disabled = new ArrayList<>();
        if (map.containsKey("disable")) {
            for (Node n : r.list(map.get("disable"), "disable")) {
                String id = r.scalar(n, "a rule id").strip();
                disabled.add(id);
                idLines.putIfAbsent(id, line(n));
            }
        }
        return new ProjectConfig(file, include, exclude, failOn, language, ruleDirs, severities, disabled, idLines);
    }

    /** Every rule id the file names must exist in the loaded rules. */
    void checkRuleIds(RuleCatalog catalog) throws ConfigException {
        for (Map.Entry<String, Integer> e : ruleIdLines.entrySet()) {
            if (catalog.byId(e.getKey()).isEmpty()) {
                throw new ConfigException(file.toString(), e.getValue(), "unknown rule '" + e.getKey()
                        + "' (see: jobpost-lint rules)");
            }
        }
    }

    /** Whether {@code file} is to be checked: it matches an include (if any) and no exclude. */
    boolean selects(Path path) {
        Path dir = file.toAbsolutePath().getParent();
        String rel = dir.relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/');
        return (include.isEmpty() || include.stream().anyMatch(g -> Globs.matches(g, rel)))
                && exclude.stream().noneMatch(g -> Globs.matches(g, rel));
    }

    private static Node keyNode(Node mapping, String key) {
        for (NodeTuple t : ((MappingNode) mapping).getValue()) {
            if (t.getKeyNode() instanceof ScalarNode s && s.getValue().equals(key)) {
                return t.getKeyNode();
            }
        }
        return mapping;
    }

    private static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    /** Reads node values and reports mistakes with the node's line. */
    private record Reader(String name) {

        ConfigException error(Node at, String reason) {
            return new ConfigException(name, line(at), reason);
        }

        Map<String, Node> mapping(Node node, String what) throws ConfigException {
            if (!(node instanceof MappingNode m)) {
                throw error(node, what + " must be a mapping of keys to values");
            }
            Map<String, Node> out = new LinkedHashMap<>();
            for (NodeTuple t : m.getValue()) {
                String key = scalar(t.getKeyNode(), "a key");
                if (out.put(key, t.getValueNode()) != null) {
                    throw error(t.getKeyNode(), "key '" + key + "' appears twice");
                }
            }
            return out;
        }

        String scalar(Node node, String what) throws ConfigException {
            if (!(node instanceof ScalarNode s)) {
                throw error(node, what + " must be a single value");
            }
            return s.getValue();
        }

        String oneOf(Node node, String what, String value, List<String> allowed) throws ConfigException {
            String v = value.strip().toLowerCase(java.util.Locale.ROOT);
            if (!allowed.contains(v)) {
                throw error(node, "unknown " + what + " '" + value + "' (known: " + String.join(", ", allowed) + ")");
            }
            return v;
        }

        List<Node> list(Node node, String what) throws ConfigException {
            if (node instanceof SequenceNode s) {
                return s.getValue();
            }
            if (node instanceof ScalarNode) {
                return List.of(node);
            }
            throw error(node, what + " must be a list");
        }

        List<String> strings(Node node, String what) throws ConfigException {
            if (node == null) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (Node n : list(node, what)) {
                out.add(scalar(n, "an entry of " + what).strip());
            }
            return out;
        }
    }

    /** Glob matching as in .gitignore: a pattern without a slash matches a name at any depth, a folder covers its files. */
    static final class Globs {

        private Globs() {
        }

        static boolean matches(String glob, String relativePath) {
            String g = glob.startsWith("./") ? glob.substring(2) : glob;
            if (g.endsWith("/")) {
                g = g + "**";
            }
            List<String> candidates = new ArrayList<>(List.of(g));
            if (g.startsWith("**/")) {
                candidates.add(g.substring(3));
            }
            if (!g.contains("/")) {
                candidates.add("**/" + g);
            }
            Path path = Path.of(relativePath);
            for (String c : candidates) {
                PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + c);
                for (Path p = path; p != null; p = p.getParent()) {
                    if (m.matches(p)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
