package dev.jobpostlint.rules;

import java.util.List;

import dev.jobpostlint.extract.ExtractedText;
import dev.jobpostlint.nlp.DocumentAnalyzer;

/** Runs the rules of a catalog over a posting. */
public final class RuleEngine {

    private final RuleCatalog catalog;

    public RuleEngine(RuleCatalog catalog) {
        this.catalog = catalog;
    }

    public List<Finding> check(ExtractedText text, DocumentAnalyzer analyzer, boolean naive) {
        return List.of();
    }
}
