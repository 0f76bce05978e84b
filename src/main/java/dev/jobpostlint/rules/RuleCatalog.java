package dev.jobpostlint.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import dev.jobpostlint.nlp.Language;

/**
 * All rules of a run: the built-in ones under {@code rules/<lang>/} (stored in the jar by the build) and the user's,
 * where a user rule replaces the built-in rule of the same id and language. Each language also has a
 * lexicon ({@code rules/<lang>/lexicon.yml}) of the classes its patterns use.
 */
public final class RuleCatalog {

    static final String LEXICON_FILE = "lexicon.yml";

    private final List<Rule> rules;
    private final Map<Language, Lexicon> lexicons;

    RuleCatalog(List<Rule> rules, Map<Language, Lexicon> lexicons) {
        this.rules = rules.stream()
                .sorted(Comparator.comparing(Rule::id).thenComparing(Rule::language))
                .toList();
        this.lexicons = Map.copyOf(lexicons);
    }

    /** The built-in rules plus those in {@code userDirs} (files {@code *.yml}, in de/ or en/ or with a language key). */
    public static RuleCatalog load(List<Path> userDirs) throws RuleFileException {
        return load(BuiltInRules.fromClassPath(), userDirs);
    }

    static RuleCatalog load(BuiltInRules builtIn, List<Path> userDirs) throws RuleFileException {
        Map<Language, Lexicon> lexicons = new EnumMap<>(Language.class);
        Map<String, Rule> byKey = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            Lexicon lexicon = RuleFileLoader.loadLexicon(builtIn.lexicon(language).yaml());
            lexicons.put(language, lexicon);
            for (BuiltInRules.SourceFile file : builtIn.rules(language)) {
                add(byKey, RuleFileLoader.loadRule(file.yaml(), language, lexicon), false);
            }
        }
        for (Path dir : userDirs) {
            if (!Files.isDirectory(dir)) {
                throw new RuleFileException(dir.toString(), "not a folder of rule files");
            }
            for (Path file : ymlFilesRecursive(dir)) {
                YamlFile<RuleFileException> yaml = RuleFileLoader.parse(file.toString(), read(file));
                Language folder = Language.fromCode(String.valueOf(file.getParent().getFileName())).orElse(null);
                Language language = folder != null ? folder : languageKey(yaml);
                add(byKey, RuleFileLoader.loadRule(yaml, folder, lexicons.get(language)), true);
            }
        }
        return new RuleCatalog(new ArrayList<>(byKey.values()), lexicons);
    }

    private static void add(Map<String, Rule> byKey, Rule rule, boolean replaces) throws RuleFileException {
        String key = rule.id() + "/" + rule.language().code();
        Rule previous = byKey.put(key, rule);
        if (previous != null && !replaces) {
            throw new RuleFileException(rule.source(), "rule id '" + rule.id() + "' is also used in " + previous.source());
        }
    }

    /**
     * This catalog as a configuration wants it: without the disabled rules, and with the severities it sets.
     * The engine runs on it, so that a disabled rule never hides another rule's finding on a sentence.
     */
    public RuleCatalog adjusted(Set<String> disabled, Map<String, Severity> severities) {
        List<Rule> kept = new ArrayList<>();
        for (Rule r : rules) {
            if (disabled.contains(r.id())) {
                continue;
            }
            Severity severity = severities.getOrDefault(r.id(), r.severity());
            kept.add(new Rule(r.id(), r.category(), severity, r.language(), r.message(), r.explanation(),
                    r.suggestions(), r.match(), r.examples(), r.source()));
        }
        return new RuleCatalog(kept, lexicons);
    }

    /** Every rule, ordered by id and language. */
    public List<Rule> rules() {
        return rules;
    }

    public List<Rule> rules(Language language) {
        return rules.stream().filter(r -> r.language() == language).toList();
    }

    /** The rules with this id, one per language that has it. */
    public List<Rule> byId(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).toList();
    }

    /** The rule with this id in {@code language}, else in another language; empty if there is none. */
    public Optional<Rule> byId(String id, Language language) {
        List<Rule> variants = byId(id);
        return variants.stream().filter(r -> r.language() == language).findFirst()
                .or(() -> variants.stream().findFirst());
    }

    public Lexicon lexicon(Language language) {
        return lexicons.get(language);
    }

    private static Language languageKey(YamlFile<RuleFileException> yaml) throws RuleFileException {
        Map<String, YamlNode> map = yaml.mapping(RuleFileLoader.nonEmptyRoot(yaml), "a rule", null);
        if (!map.containsKey("language")) {
            throw yaml.error(yaml.root(), "missing 'language' (or put the file in a de/ or en/ folder)");
        }
        String code = yaml.scalar(map.get("language"), "language");
        return Language.fromCode(code).orElseThrow(
                () -> yaml.error(map.get("language"), "language must be de or en, not '" + code + "'"));
    }

    private static String read(Path file) throws RuleFileException {
        try {
            return YamlFile.read(file);
        } catch (IOException e) {
            throw new RuleFileException(file.toString(), "cannot read: " + e.getMessage());
        }
    }

    private static List<Path> ymlFilesRecursive(Path dir) throws RuleFileException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(".yml") || f.getFileName().toString().endsWith(".yaml"))
                    .filter(f -> !f.getFileName().toString().equals(LEXICON_FILE))
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        } catch (IOException e) {
            throw new RuleFileException(dir.toString(), "cannot list rule files: " + e.getMessage());
        }
    }
}
