package dev.jobpostlint.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;


import dev.jobpostlint.nlp.Language;

/** Reads rule files and lexicon files; every mistake becomes a {@link RuleFileException} with file and line. */
final class RuleFileLoader {

    /** The rule families of the taxonomy. */
    static final Set<String> CATEGORIES = Set.of("follower-count", "personal-reach", "influencer-status",
            "profile-as-credential", "on-camera-persona", "monetized-reach");

    private static final Set<String> RULE_KEYS = Set.of("id", "category", "severity", "language", "message",
            "explanation", "suggestions", "match", "examples");
    private static final Set<String> MATCH_KEYS = Set.of("patterns", "owner", "sections", "exceptions");
    private static final Set<String> PATTERN_KEYS = Set.of("pattern", "negation");
    private static final Set<String> EXAMPLE_KEYS = Set.of("text", "section");
    private static final Set<String> LEXICON_KEYS = Set.of("conjunction", "classes", "sections");
    private static final Pattern CLASS_NAME = Pattern.compile("[A-Z][A-Z0-9_]+");
    private static final Pattern RULE_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** An entry of a lexicon class, parsed. */
    private record ClassEntry(YamlNode node, TokenPattern pattern) {
    }

    private RuleFileLoader() {
    }

    /** A rule or lexicon file's YAML, with its mistakes as {@link RuleFileException}s. */
    static YamlFile<RuleFileException> parse(String name, String content) throws RuleFileException {
        return YamlFile.parse(name, content, RuleFileException::new);
    }

    static Lexicon loadLexicon(YamlFile<RuleFileException> yaml) throws RuleFileException {
        Map<String, YamlNode> top = yaml.mapping(nonEmptyRoot(yaml), "a lexicon", LEXICON_KEYS);
        Map<String, List<TokenPattern>> classes = new LinkedHashMap<>();
        YamlNode classNode = top.get("classes");
        if (classNode == null) {
            throw yaml.error(yaml.root(), "missing 'classes'");
        }
        Map<String, YamlNode> classMap = yaml.mapping(classNode, "classes", null);
        List<ClassEntry> entryPatterns = new ArrayList<>();
        for (Map.Entry<String, YamlNode> e : classMap.entrySet()) {
            if (!CLASS_NAME.matcher(e.getKey()).matches()) {
                throw yaml.error(e.getValue(), "class name '" + e.getKey() + "' must be in capitals, like AUDIENCE");
            }
            List<TokenPattern> entries = new ArrayList<>();
            for (YamlNode entry : yaml.list(e.getValue(), "class " + e.getKey())) {
                TokenPattern pattern = pattern(yaml, entry);
                entries.add(pattern);
                entryPatterns.add(new ClassEntry(entry, pattern));
            }
            classes.put(e.getKey(), entries);
        }
        Map<SectionKind, List<String>> sections = new EnumMap<>(SectionKind.class);
        YamlNode sectionNode = top.get("sections");
        if (sectionNode != null) {
            for (Map.Entry<String, YamlNode> e : yaml.mapping(sectionNode, "sections", sectionIds()).entrySet()) {
                List<String> words = new ArrayList<>();
                for (YamlNode w : yaml.list(e.getValue(), "section words")) {
                    words.add(yaml.scalar(w, "a section word").toLowerCase(Locale.ROOT));
                }
                sections.put(SectionKind.fromId(e.getKey()).orElseThrow(), words);
            }
        }
        String conjunction = top.containsKey("conjunction") ? yaml.scalar(top.get("conjunction"), "conjunction") : "and";
        Lexicon lexicon = new Lexicon(classes, sections, conjunction);
        for (String required : Lexicon.REQUIRED_CLASSES) {
            if (!lexicon.hasClass(required)) {
                throw yaml.error(classNode, "the lexicon must define class " + required);
            }
        }
        for (ClassEntry e : entryPatterns) {
            checkClasses(yaml, e.node(), e.pattern(), lexicon);
        }
        return lexicon;
    }

    static Rule loadRule(YamlFile<RuleFileException> yaml, Language folderLanguage, Lexicon lexicons)
            throws RuleFileException {
        YamlNode root = nonEmptyRoot(yaml);
        Map<String, YamlNode> map = yaml.mapping(root, "a rule", RULE_KEYS);
        String id = yaml.required(map, root, "id");
        if (!RULE_ID.matcher(id).matches()) {
            throw yaml.error(map.get("id"), "rule id '" + id + "' must be lower-case words joined by '-'");
        }
        String category = yaml.required(map, root, "category");
        if (!CATEGORIES.contains(category)) {
            throw yaml.error(map.get("category"), "unknown category '" + category + "' (known: "
                    + String.join(", ", CATEGORIES.stream().sorted().toList()) + ")");
        }
        String severityText = yaml.required(map, root, "severity");
        Severity severity = Severity.fromId(severityText).orElseThrow(
                () -> yaml.error(map.get("severity"), "severity must be error, warning or info, not '" + severityText + "'"));
        Language language = folderLanguage;
        if (map.containsKey("language")) {
            String code = yaml.scalar(map.get("language"), "language");
            language = Language.fromCode(code).orElseThrow(
                    () -> yaml.error(map.get("language"), "language must be de or en, not '" + code + "'"));
            if (folderLanguage != null && language != folderLanguage) {
                throw yaml.error(map.get("language"), "language '" + code + "' does not match the folder "
                        + folderLanguage.code() + "/");
            }
        }
        if (language == null) {
            throw yaml.error(root, "missing 'language' (or put the file in a de/ or en/ folder)");
        }
        String message = yaml.required(map, root, "message");
        String explanation = yaml.required(map, root, "explanation");
        YamlNode sugNode = map.get("suggestions");
        if (sugNode == null) {
            throw yaml.error(root, "missing 'suggestions': say what to write instead");
        }
        List<String> suggestions = yaml.strings(sugNode, "suggestions", "a suggestion");
        YamlNode matchNode = map.get("match");
        if (matchNode == null) {
            throw yaml.error(root, "missing 'match'");
        }
        MatchSpec match = matchSpec(yaml, matchNode, lexicons);
        YamlNode exNode = map.get("examples");
        if (exNode == null) {
            throw yaml.error(root, "missing 'examples': give sentences to flag and to pass");
        }
        List<Example> examples = examples(yaml, exNode);
        return new Rule(id, category, severity, language, message, explanation, suggestions, match, examples,
                yaml.name());
    }

    static YamlNode nonEmptyRoot(YamlFile<RuleFileException> yaml) throws RuleFileException {
        if (yaml.root() == null) {
            throw yaml.error(null, "the file is empty");
        }
        return yaml.root();
    }

    private static MatchSpec matchSpec(YamlFile<RuleFileException> yaml, YamlNode node, Lexicon lexicon) throws RuleFileException {
        Map<String, YamlNode> map = yaml.mapping(node, "match", MATCH_KEYS);
        if (!map.containsKey("patterns")) {
            throw yaml.error(node, "missing 'patterns' in match");
        }
        List<MatchSpec.PatternEntry> patterns = new ArrayList<>();
        for (YamlNode p : yaml.list(map.get("patterns"), "patterns")) {
            boolean negationChecked = true;
            YamlNode patternNode = p;
            if (!(p instanceof YamlNode.Scalar)) {
                Map<String, YamlNode> pm = yaml.mapping(p, "a pattern", PATTERN_KEYS);
                patternNode = pm.get("pattern");
                if (patternNode == null) {
                    throw yaml.error(p, "missing 'pattern'");
                }
                if (pm.containsKey("negation")) {
                    String n = yaml.scalar(pm.get("negation"), "negation");
                    if (!n.equals("check") && !n.equals("ignore")) {
                        throw yaml.error(pm.get("negation"), "negation must be check or ignore, not '" + n + "'");
                    }
                    negationChecked = n.equals("check");
                }
            }
            TokenPattern pattern = pattern(yaml, patternNode);
            checkClasses(yaml, patternNode, pattern, lexicon);
            patterns.add(new MatchSpec.PatternEntry(pattern, negationChecked));
        }
        MatchSpec.Owner owner = MatchSpec.Owner.CANDIDATE;
        if (map.containsKey("owner")) {
            String o = yaml.scalar(map.get("owner"), "owner");
            owner = switch (o) {
                case "candidate" -> MatchSpec.Owner.CANDIDATE;
                case "any" -> MatchSpec.Owner.ANY;
                default -> throw yaml.error(map.get("owner"), "owner must be candidate or any, not '" + o + "'");
            };
        }
        Set<SectionKind> sections = EnumSet.noneOf(SectionKind.class);
        if (map.containsKey("sections")) {
            for (YamlNode s : yaml.list(map.get("sections"), "sections")) {
                String id = yaml.scalar(s, "a section");
                sections.add(SectionKind.fromId(id).orElseThrow(() -> yaml.error(s, "unknown section '" + id
                        + "' (known: " + String.join(", ", sectionIds()) + ")")));
            }
        }
        List<TokenPattern> exceptions = new ArrayList<>();
        if (map.containsKey("exceptions")) {
            for (YamlNode e : yaml.list(map.get("exceptions"), "exceptions")) {
                TokenPattern pattern = pattern(yaml, e);
                checkClasses(yaml, e, pattern, lexicon);
                exceptions.add(pattern);
            }
        }
        return new MatchSpec(patterns, owner, sections, exceptions);
    }

    private static List<Example> examples(YamlFile<RuleFileException> yaml, YamlNode node) throws RuleFileException {
        Map<String, YamlNode> map = yaml.mapping(node, "examples", Set.of("flag", "pass"));
        List<Example> out = new ArrayList<>();
        for (String kind : List.of("flag", "pass")) {
            if (!map.containsKey(kind)) {
                throw yaml.error(node, "missing examples '" + kind + "'");
            }
            for (YamlNode e : yaml.list(map.get(kind), "examples")) {
                String text;
                SectionKind section = SectionKind.NONE;
                if (e instanceof YamlNode.Scalar) {
                    text = yaml.scalar(e, "an example");
                } else {
                    Map<String, YamlNode> em = yaml.mapping(e, "an example", EXAMPLE_KEYS);
                    text = yaml.required(em, e, "text");
                    if (em.containsKey("section")) {
                        String id = yaml.scalar(em.get("section"), "section");
                        section = SectionKind.fromId(id).orElseThrow(() -> yaml.error(em.get("section"),
                                "unknown section '" + id + "'"));
                    }
                }
                out.add(example(yaml, e, text.strip(), section, kind.equals("flag")));
            }
        }
        return out;
    }

    private static Example example(YamlFile<RuleFileException> yaml, YamlNode node, String text, SectionKind section, boolean flag)
            throws RuleFileException {
        int open = text.indexOf('[');
        int close = text.indexOf(']');
        if (!flag) {
            if (open >= 0 || close >= 0) {
                throw yaml.error(node, "a 'pass' example marks nothing; remove [ and ]");
            }
            return new Example(text, null, section, node.line());
        }
        if (open < 0 || close < open || text.indexOf('[', open + 1) >= 0) {
            throw yaml.error(node, "a 'flag' example marks the flagged words with one pair of [ and ]");
        }
        String sentence = text.substring(0, open) + text.substring(open + 1, close) + text.substring(close + 1);
        return new Example(sentence, text.substring(open + 1, close), section, node.line());
    }

    private static TokenPattern pattern(YamlFile<RuleFileException> yaml, YamlNode node) throws RuleFileException {
        String source = yaml.scalar(node, "a pattern");
        try {
            return TokenPattern.parse(source);
        } catch (IllegalArgumentException e) {
            throw yaml.error(node, "pattern '" + source + "': " + e.getMessage());
        }
    }

    private static void checkClasses(YamlFile<RuleFileException> yaml, YamlNode node, TokenPattern pattern, Lexicon lexicon)
            throws RuleFileException {
        String unknown = pattern.unknownClass(lexicon);
        if (unknown != null) {
            throw yaml.error(node, "pattern '" + pattern.source() + "' names class " + unknown
                    + ", which the lexicon does not define");
        }
    }

    private static Set<String> sectionIds() {
        Set<String> ids = new java.util.TreeSet<>();
        for (SectionKind k : SectionKind.values()) {
            if (k != SectionKind.NONE) {
                ids.add(k.id());
            }
        }
        return ids;
    }
}
