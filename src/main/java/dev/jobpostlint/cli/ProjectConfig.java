package dev.jobpostlint.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;


import dev.jobpostlint.nlp.Language;
import dev.jobpostlint.rules.RuleCatalog;
import dev.jobpostlint.rules.Severity;
import dev.jobpostlint.rules.YamlFile;
import dev.jobpostlint.rules.YamlNode;

/**
 * A repository's {@code .jobpost-lint.yml}: which files to check, when to fail, the language, extra rule folders,
 * per-rule severities and disabled rules. Every key is documented in the README; a mistake is reported with the
 * file and line. Rule ids are remembered with their lines so that an unknown one can be reported once the
 * rules are loaded.
 */
record ProjectConfig(Path file, List<PathGlob> include, List<PathGlob> exclude, FailOn failOn, Language language,
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
            content = YamlFile.read(file);
        } catch (IOException e) {
            throw new ConfigException(name, 1, "cannot read the config file (" + InputCollector.reason(e) + ")");
        }
        return parse(file, content);
    }

    /** The config in {@code content}, read as the file {@code file}: rule folders are relative to its folder. */
    static ProjectConfig parse(Path file, String content) throws ConfigException {
        String name = file.toString();
        YamlFile<ConfigException> yaml = YamlFile.parse(name, content, ConfigException::new);
        YamlNode root = yaml.root();
        if (root == null) {
            return new ProjectConfig(file, List.of(), List.of(), null, null, List.of(), Map.of(), List.of(), Map.of());
        }
        Map<String, YamlNode> map = yaml.mapping(root, "the config file", KEYS);
        Path dir = file.toAbsolutePath().getParent();
        List<PathGlob> include = globs(yaml, map.get("include"), "include");
        List<PathGlob> exclude = globs(yaml, map.get("exclude"), "exclude");
        FailOn failOn = null;
        if (map.containsKey("fail-on")) {
            String v = yaml.scalar(map.get("fail-on"), "fail-on");
            failOn = Enum.valueOf(FailOn.class, oneOf(yaml, map.get("fail-on"), "fail-on", v,
                    List.of("error", "warning", "info", "never")).toUpperCase(java.util.Locale.ROOT));
        }
        Language language = null;
        if (map.containsKey("language")) {
            String v = yaml.scalar(map.get("language"), "language");
            language = Language.fromCode(v.strip())
                    .orElseThrow(() -> yaml.error(map.get("language"), "unknown language '" + v + "' (known: de, en)"));
        }
        List<Path> ruleDirs = new ArrayList<>();
        if (map.containsKey("rules")) {
            for (YamlNode n : yaml.list(map.get("rules"), "rules")) {
                Path p = dir.resolve(yaml.scalar(n, "a rules folder").strip());
                if (!Files.isDirectory(p)) {
                    throw yaml.error(n, "rules: no such directory: " + p);
                }
                ruleDirs.add(p);
            }
        }
        Map<String, Integer> idLines = new LinkedHashMap<>();
        Map<String, Severity> severities = new LinkedHashMap<>();
        if (map.containsKey("severity")) {
            YamlNode sevNode = map.get("severity");
            for (Map.Entry<String, YamlNode> e : yaml.mapping(sevNode, "severity", null).entrySet()) {
                String v = yaml.scalar(e.getValue(), "the severity of '" + e.getKey() + "'");
                severities.put(e.getKey(), Severity.fromId(v.strip()).orElseThrow(() -> yaml.error(e.getValue(),
                        "unknown severity '" + v + "' for rule '" + e.getKey() + "' (known: error, warning, info)")));
                idLines.putIfAbsent(e.getKey(), yaml.keyLine(sevNode, e.getKey()));
            }
        }
        List<String> disabled = new ArrayList<>();
        if (map.containsKey("disable")) {
            for (YamlNode n : yaml.list(map.get("disable"), "disable")) {
                String id = yaml.scalar(n, "a rule id").strip();
                disabled.add(id);
                idLines.putIfAbsent(id, n.line());
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
        return (include.isEmpty() || include.stream().anyMatch(g -> g.matches(rel)))
                && exclude.stream().noneMatch(g -> g.matches(rel));
    }

    private static List<PathGlob> globs(YamlFile<ConfigException> yaml, YamlNode node, String what)
            throws ConfigException {
        if (node == null) {
            return List.of();
        }
        List<PathGlob> globs = new ArrayList<>();
        for (YamlNode n : yaml.list(node, what)) {
            String glob = yaml.scalar(n, "an entry of " + what).strip();
            try {
                globs.add(PathGlob.of(glob));
            } catch (IllegalArgumentException e) {
                throw yaml.error(n, what + ": bad glob '" + glob + "' (" + e.getMessage() + ")");
            }
        }
        return List.copyOf(globs);
    }

    private static String oneOf(YamlFile<ConfigException> yaml, YamlNode node, String what, String value,
                                List<String> allowed) throws ConfigException {
        String v = value.strip().toLowerCase(java.util.Locale.ROOT);
        if (!allowed.contains(v)) {
            throw yaml.error(node, "unknown " + what + " '" + value + "' (known: " + String.join(", ", allowed) + ")");
        }
        return v;
    }
}
