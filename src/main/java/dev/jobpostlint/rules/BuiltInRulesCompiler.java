package dev.jobpostlint.rules;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The build step that stores the built-in rules in the jar: {@code BuiltInRulesCompiler RULES_FOLDER TARGET_FILE}
 * reads the YAML rule files, loads them (so a broken rule fails the build with its file and line) and writes
 * their compact form.
 */
public final class BuiltInRulesCompiler {

    private BuiltInRulesCompiler() {
    }

    public static void main(String[] args) throws IOException, RuleFileException {
        BuiltInRules rules = BuiltInRules.fromYaml(Path.of(args[0]));
        RuleCatalog.load(rules, List.of());
        rules.write(Path.of(args[1]));
    }
}
