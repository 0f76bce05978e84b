package dev.jobpostlint.rules;

import java.nio.file.Path;
import java.util.List;

import dev.jobpostlint.nlp.Language;

/** All rules of a run: the built-in ones and the user's. */
public final class RuleCatalog {

    private final List<Rule> rules;

    private RuleCatalog(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static RuleCatalog load(List<Path> userDirs) throws RuleFileException {
        return new RuleCatalog(List.of());
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
}
