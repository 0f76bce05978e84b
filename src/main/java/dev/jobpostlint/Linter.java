package dev.jobpostlint;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import dev.jobpostlint.extract.ExtractedText;
import dev.jobpostlint.extract.ExtractedWindows;
import dev.jobpostlint.extract.ExtractionException;
import dev.jobpostlint.extract.Extractor;
import dev.jobpostlint.extract.SourceFormat;
import dev.jobpostlint.extract.SourceLocation;
import dev.jobpostlint.extract.Suppressions;
import dev.jobpostlint.extract.TextWindow;
import dev.jobpostlint.extract.Utf8Columns;
import dev.jobpostlint.model.ModelFileException;
import dev.jobpostlint.model.TrainedModel;
import dev.jobpostlint.nlp.DocumentAnalyzer;
import dev.jobpostlint.nlp.Language;
import dev.jobpostlint.nlp.LanguageIdentifier;
import dev.jobpostlint.nlp.Lazy;
import dev.jobpostlint.nlp.NlpModels;
import dev.jobpostlint.nlp.TimeLimitException;
import dev.jobpostlint.rules.Finding;
import dev.jobpostlint.rules.RuleCatalog;
import dev.jobpostlint.rules.RuleEngine;
import dev.jobpostlint.rules.RuleFileException;
import dev.jobpostlint.rules.SentenceClassifier;

/**
 * The one entry point to the pipeline: extract, detect the language, analyse, match the rules and ask the trained
 * model, locate.
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
    private final Lazy<TrainedModel> model;

    private Linter(LinterOptions options, RuleCatalog catalog, NlpModels models, Lazy<TrainedModel> model,
                   int windowChars) {
        this.options = options;
        this.extractor = new Extractor(options.maxFileBytes(), options.maxTextBytes(), windowChars);
        this.models = models;
        this.languageIdentifier = new LanguageIdentifier(models);
        this.catalog = catalog;
        this.engine = new RuleEngine(catalog.adjusted(options.disabledRules(), options.severities()));
        this.model = model;
    }

    /**
     * A linter with the built-in rules and those in {@code options.ruleDirs()}, and the model {@code options.model()}
     * chooses. The models of a language load when the first posting in it is checked, so a run over English
     * postings never loads the German ones; with {@code options.language()} set they start loading at once, while
     * the rules load. The bundled classifier loads with the first posting; a model file is read at once, so that
     * a bad one stops the run before it starts.
     */
    public static Linter create(LinterOptions options) throws RuleFileException, ModelFileException {
        return create(options, Extractor.DEFAULT_WINDOW_CHARS);
    }

    /** A linter that reads Markdown and plain-text files of more than {@code windowChars} bytes in windows of that size. */
    static Linter create(LinterOptions options, int windowChars) throws RuleFileException, ModelFileException {
        NlpModels models = new NlpModels();
        if (options.language() != null) {
            models.preload(EnumSet.of(options.language()));
        }
        return new Linter(options, RuleCatalog.load(options.ruleDirs()), models, model(options.model()), windowChars);
    }

    private static Lazy<TrainedModel> model(ModelChoice choice) throws ModelFileException {
        if (!choice.enabled()) {
            return null;
        }
        Double threshold = choice.threshold();
        if (choice.file() != null) {
            TrainedModel read = TrainedModel.read(choice.file());
            TrainedModel chosen = threshold == null ? read : read.withThreshold(threshold);
            return new Lazy<>(() -> chosen);
        }
        return new Lazy<>(() -> threshold == null ? TrainedModel.bundled() : TrainedModel.bundled().withThreshold(threshold));
    }

    /** The trained model that reads the sentences beside the rules; empty when the rules run alone. */
    public Optional<TrainedModel> model() {
        return Optional.ofNullable(model).map(Lazy::get);
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
        try (ExtractedWindows windows = extractor.open(file)) {
            return lint(displayPath, windows, naive);
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
        try {
            return lint(displayPath, ExtractedWindows.of(text), naive);
        } catch (ExtractionException e) {
            throw new IllegalStateException("text read whole gave an extraction error", e);
        }
    }

    /** Checks a posting within its time limit: one that takes longer is reported as such, without findings. */
    private LintResult lint(String displayPath, ExtractedWindows windows, boolean naive) throws ExtractionException {
        try {
            return checkWindows(displayPath, windows, naive);
        } catch (TimeLimitException e) {
            return LintResult.failed(displayPath, windows.format(), e.getMessage() + " (see --max-time)");
        }
    }

    /**
     * Checks a posting window by window: the language is told from the start of its text, the rules carry the
     * section from one window to the next, and each finding is located in its window, then moved to its place in
     * the whole. The windows' texts are dropped as the check goes on; a posting read whole keeps its text.
     */
    private LintResult checkWindows(String displayPath, ExtractedWindows windows, boolean naive)
            throws ExtractionException {
        Deque<TextWindow> sampled = new ArrayDeque<>();
        Optional<Language> language = Optional.ofNullable(options.language());
        if (language.isEmpty()) {
            String code = languageIdentifier.detectCode(languageSample(windows, sampled));
            language = Language.fromCode(code);
            if (language.isEmpty()) {
                String notice = code.equals("und")
                        ? "no text to check"
                        : "language '" + code + "' is not supported (de, en); use --lang to force one";
                return new LintResult(displayPath, windows.format(), null, List.of(), null, notice,
                        windows.whole() ? sampled.getFirst().text() : null);
            }
        }
        SentenceClassifier classifier = model == null ? null
                : model.get().classifier(language.get(), options.rememberWords());
        DocumentAnalyzer analyzer = new DocumentAnalyzer(models, language.get(), options.maxTimePerPosting(),
                options.rememberWords());
        RuleEngine.PostingCheck check = engine.start(analyzer, naive, classifier);
        Suppressions.Reader suppressions = new Suppressions.Reader();
        List<LocatedFinding> located = new ArrayList<>();
        Set<String> notices = new LinkedHashSet<>();
        ExtractedText whole = null;
        int maxFindings = options.maxFindings();
        for (TextWindow window = nextWindow(sampled, windows); window != null && located.size() < maxFindings;
             window = nextWindow(sampled, windows)) {
            analyzer.checkTime();
            lint(window, check, suppressions, located, maxFindings);
            if (window.text().notice() != null) {
                notices.add(window.text().notice());
            }
            whole = windows.whole() ? window.text() : null;
        }
        if (located.size() >= maxFindings) {
            located.subList(maxFindings, located.size()).clear();
            notices.add(String.format(Locale.ROOT, "checking stopped after %,d findings; the rest of the file was "
                    + "not checked (see --max-findings)", maxFindings));
        }
        if (analyzer.longWords() > 0) {
            notices.add(String.format(Locale.ROOT, "%,d run%s of more than %d characters without a space %s read as one "
                    + "word each", analyzer.longWords(), analyzer.longWords() == 1 ? "" : "s",
                    DocumentAnalyzer.MAX_WORD_CHARS, analyzer.longWords() == 1 ? "was" : "were"));
        }
        String notice = notices.isEmpty() ? null : String.join("; ", notices);
        return new LintResult(displayPath, windows.format(), language.get().code(), located, null, notice, whole);
    }

    /**
     * The start of the posting's text, as much as language identification looks at, taking windows into
     * {@code sampled} until it has enough.
     */
    private static String languageSample(ExtractedWindows windows, Deque<TextWindow> sampled) throws ExtractionException {
        StringBuilder sample = new StringBuilder();
        for (TextWindow window = windows.next(); window != null; window = windows.next()) {
            sampled.add(window);
            String text = window.text().text();
            if (!sample.isEmpty() && !text.isEmpty()) {
                sample.append('\n');
            }
            sample.append(text, 0, Math.min(text.length(), LanguageIdentifier.SAMPLE_CHARS - sample.length()));
            if (sample.length() >= LanguageIdentifier.SAMPLE_CHARS) {
                break;
            }
        }
        return sample.toString();
    }

    private static TextWindow nextWindow(Deque<TextWindow> sampled, ExtractedWindows windows) throws ExtractionException {
        return sampled.isEmpty() ? windows.next() : sampled.removeFirst();
    }

    private void lint(TextWindow window, RuleEngine.PostingCheck check, Suppressions.Reader suppressionReader,
                      List<LocatedFinding> located, int maxFindings) {
        ExtractedText text = window.text();
        List<Finding> findings = check.check(text, maxFindings - located.size());
        Suppressions suppressions = suppressionReader.read(text.source(), window.linesBefore());
        // Most postings have no finding: only then are the source's lines indexed for byte columns.
        Utf8Columns bytes = findings.isEmpty() || text.source() == null ? null : new Utf8Columns(text.source());
        for (Finding f : findings) {
            SourceLocation where = text.sourceMap().locate(f.span().start(), f.span().end());
            Integer line = where.line() == null ? null : where.line() + window.linesBefore();
            if (!suppressions.suppresses(f.ruleId(), line)) {
                located.add(locate(f, where, text, bytes).shifted(window.textOffset(), window.linesBefore()));
            }
        }
    }

    private static LocatedFinding locate(Finding f, SourceLocation where, ExtractedText text, Utf8Columns bytes) {
        if (bytes == null) {
            return new LocatedFinding(f, where);
        }
        SourceLocation sentence = null;
        if (text.sourceMap().isVerbatim(f.sentenceSpan().start(), f.sentenceSpan().end())) {
            sentence = bytes.toBytes(text.sourceMap().locate(f.sentenceSpan().start(), f.sentenceSpan().end()));
        }
        SourceLocation byteWhere = bytes.toBytes(where);
        // on a line of ASCII the two are the same: one object serves both (a large posting keeps many findings)
        return new LocatedFinding(f, where, where.equals(byteWhere) ? where : byteWhere, sentence);
    }
}
