package dev.jobpostlint;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import dev.jobpostlint.extract.ExtractedText;
import dev.jobpostlint.extract.ExtractionException;
import dev.jobpostlint.extract.Extractor;
import dev.jobpostlint.extract.SourceFormat;
import dev.jobpostlint.extract.SourceLocation;
import dev.jobpostlint.extract.Suppressions;
import dev.jobpostlint.extract.Utf8Columns;
import dev.jobpostlint.nlp.DocumentAnalyzer;
import dev.jobpostlint.nlp.Language;
import dev.jobpostlint.nlp.LanguageIdentifier;
import dev.jobpostlint.nlp.NlpModels;
import dev.jobpostlint.rules.Finding;
import dev.jobpostlint.rules.RuleCatalog;
import dev.jobpostlint.rules.RuleEngine;
import dev.jobpostlint.rules.RuleFileException;

/**
 * The one entry point to the pipeline: extract, detect the language, analyse, match the rules, locate.
 * The command line, the GitHub Action and the web page all go through it. Thread-safe: one instance
 * serves every posting of a run, and its models load once.
 */
public final class Linter {

    private final LinterOptions options;
    private final Extractor extractor;
    private final NlpModels models;
    private final LanguageIdentifier languageIdentifier;
    private final RuleCatalog catalog;
    private final RuleEngine engine;

    private Linter(LinterOptions options, RuleCatalog catalog, NlpModels models) {
        this.options = options;
        this.extractor = new Extractor(options.maxFileBytes());
        this.models = models;
        this.languageIdentifier = new LanguageIdentifier(models);
        this.catalog = catalog;
        this.engine = new RuleEngine(catalog.adjusted(options.disabledRules(), options.severities()));
    }

    /**
     * A linter with the built-in rules and those in {@code options.ruleDirs()}. The models of a language load
     * when the first posting in it is checked, so a run over English postings never loads the German ones;
     * with {@code options.language()} set they start loading at once, while the rules load.
     */
    public static Linter create(LinterOptions options) throws RuleFileException {
        NlpModels models = new NlpModels();
        if (options.language() != null) {
            models.preload(EnumSet.of(options.language()));
        }
        return new Linter(options, RuleCatalog.load(options.ruleDirs()), models);
    }

    public RuleCatalog catalog() {
        return catalog;
    }

    public LinterOptions options() {
        return options;
    }

    /** Checks a file; a file that cannot be read gives a result with an error, never an exception. */
    public LintResult lint(Path file, String displayPath) {
        return lint(file, displayPath, false);
    }

    /** Checks a file, with {@code naive} as in {@link #lint(String, ExtractedText, boolean)}. */
    public LintResult lint(Path file, String displayPath, boolean naive) {
        try {
            return lint(displayPath, extractor.extract(file), naive);
        } catch (ExtractionException e) {
            return LintResult.failed(displayPath, SourceFormat.OTHER, e.getMessage());
        }
    }

    /** Checks a posting given as bytes (standard input, an upload); {@code name} hints at its type. */
    public LintResult lint(String displayPath, String name, byte[] content) {
        try {
            return lint(displayPath, extractor.extract(name, content));
        } catch (ExtractionException e) {
            return LintResult.failed(displayPath, SourceFormat.OTHER, e.getMessage());
        }
    }

    /** Checks text that has already been extracted. */
    public LintResult lint(String displayPath, ExtractedText text) {
        return lint(displayPath, text, false);
    }

    /**
     * Checks extracted text; {@code naive} runs the full analysis (tagger and lemmatizer) on every sentence
     * instead of only where a rule could match. Both must give the same findings.
     */
    public LintResult lint(String displayPath, ExtractedText text, boolean naive) {
        Optional<Language> language = Optional.ofNullable(options.language());
        if (language.isEmpty()) {
            String code = languageIdentifier.detectCode(text.text());
            language = Language.fromCode(code);
            if (language.isEmpty()) {
                String notice = code.equals("und")
                        ? "no text to check"
                        : "language '" + code + "' is not supported (de, en); use --lang to force one";
                return new LintResult(displayPath, text.format(), null, List.of(), null, notice, text);
            }
        }
        List<Finding> findings = engine.check(text, new DocumentAnalyzer(models, language.get()), naive);
        List<LocatedFinding> located = new ArrayList<>();
        Suppressions suppressions = Suppressions.scan(text.source());
        // Most postings have no finding: only then are the source's lines indexed for byte columns.
        Utf8Columns bytes = findings.isEmpty() || text.source() == null ? null : new Utf8Columns(text.source());
        for (Finding f : findings) {
            SourceLocation where = text.sourceMap().locate(f.span().start(), f.span().end());
            if (!suppressions.suppresses(f.ruleId(), where.line())) {
                located.add(locate(f, where, text, bytes));
            }
        }
        return new LintResult(displayPath, text.format(), language.get().code(), located, null, null, text);
    }

    private static LocatedFinding locate(Finding f, SourceLocation where, ExtractedText text, Utf8Columns bytes) {
        if (bytes == null) {
            return new LocatedFinding(f, where);
        }
        SourceLocation sentence = null;
        if (text.sourceMap().isVerbatim(f.sentenceSpan().start(), f.sentenceSpan().end())) {
            sentence = bytes.toBytes(text.sourceMap().locate(f.sentenceSpan().start(), f.sentenceSpan().end()));
        }
        return new LocatedFinding(f, where, bytes.toBytes(where), sentence);
    }
}
