package dev.jobpostlint.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.jobpostlint.extract.Block;
import dev.jobpostlint.extract.BlockKind;
import dev.jobpostlint.extract.ExtractedText;
import dev.jobpostlint.nlp.AnalyzedSentence;
import dev.jobpostlint.nlp.DocumentAnalyzer;
import dev.jobpostlint.nlp.Language;
import dev.jobpostlint.nlp.Sentence;
import dev.jobpostlint.nlp.Span;

/**
 * Runs the rules of a catalog over a posting. A cheap lexical prefilter decides which blocks and
 * sentences any rule could match at all (each pattern has anchors: strings one of which a matching
 * sentence must contain); only those are tokenized, and tags and lemmas are computed only when a
 * pattern asks for them. With a {@link SentenceClassifier} every sentence is tokenized and read by it too, and a
 * sentence the rules leave alone is flagged when the classifier says so. Thread-safe.
 */
public final class RuleEngine {

    /**
     * Categories from the most specific to the most general. A sentence gets one finding: where several
     * rules match ("Link zu deinem Profil inkl. Followerzahl"), the most specific one speaks, so that its
     * suggestion fits the sentence and a person is not told the same thing twice.
     */
    static final List<String> SPECIFICITY = List.of("profile-as-credential", "monetized-reach",
            "on-camera-persona", "influencer-status", "follower-count", "personal-reach");

    private static final Comparator<Finding> MOST_SPECIFIC_FIRST = Comparator
            .comparingInt((Finding f) -> SPECIFICITY.indexOf(f.category()) < 0 ? SPECIFICITY.size() : SPECIFICITY.indexOf(f.category()))
            .thenComparing(Finding::ruleId);

    private final RuleCatalog catalog;
    private final Map<Language, LanguageRules> compiled = new EnumMap<>(Language.class);

    /**
     * A rule with, per pattern and per exception, the anchor sets it cannot match without: a text could
     * match a pattern if it contains a string of each of its sets, and the rule if it could match one of its
     * patterns. A pattern without any known anchor could match every sentence.
     */
    private record CompiledRule(Rule rule, List<int[]> patterns, List<int[]> exceptions) {
        boolean couldMatch(Prefilter.Probe probe) {
            for (int p = 0; p < patterns.size(); p++) {
                if (probe.hasAll(patterns.get(p))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The rules of one language and the prefilter over all their anchors. */
    private record LanguageRules(List<CompiledRule> rules, Prefilter prefilter) {
        /** The rule that speaks for a category the model found: the one named after it, else the first by id. */
        Optional<Rule> ruleOf(String category) {
            Rule first = null;
            for (CompiledRule c : rules) {
                if (c.rule().category().equals(category)) {
                    if (c.rule().id().equals(category)) {
                        return Optional.of(c.rule());
                    }
                    first = first == null ? c.rule() : first;
                }
            }
            return Optional.ofNullable(first);
        }
    }

    public RuleEngine(RuleCatalog catalog) {
        this.catalog = catalog;
        for (Language language : Language.values()) {
            Prefilter.Builder prefilter = new Prefilter.Builder();
            List<CompiledRule> rules = new ArrayList<>();
            for (Rule rule : catalog.rules(language)) {
                Lexicon lexicon = catalog.lexicon(language);
                List<int[]> patterns = rule.match().patterns().stream()
                        .map(p -> anchorGroups(p.pattern(), lexicon, prefilter)).toList();
                List<int[]> exceptions = rule.match().exceptions().stream()
                        .map(p -> anchorGroups(p, lexicon, prefilter)).toList();
                rules.add(new CompiledRule(rule, patterns, exceptions));
            }
            compiled.put(language, new LanguageRules(List.copyOf(rules), prefilter.build()));
        }
    }

    private static int[] anchorGroups(TokenPattern pattern, Lexicon lexicon, Prefilter.Builder prefilter) {
        return pattern.requiredAnchors(lexicon).stream().mapToInt(prefilter::group).toArray();
    }

    /**
     * The findings in a posting, in text order. With {@code naive} every sentence is tokenized, tagged and
     * lemmatized and every rule runs on it; the result must be the same, only slower.
     */
    public List<Finding> check(ExtractedText text, DocumentAnalyzer analyzer, boolean naive) {
        return start(analyzer, naive).check(text);
    }

    /** A check of one posting whose text comes in parts, one after another (the windows of a large file). */
    public PostingCheck start(DocumentAnalyzer analyzer, boolean naive) {
        return new PostingCheck(analyzer, naive, null);
    }

    /**
     * As {@link #start(DocumentAnalyzer, boolean)}, with a classifier that reads every sentence beside the rules:
     * a sentence no rule flags is flagged when the classifier says so, with the rule of its category.
     */
    public PostingCheck start(DocumentAnalyzer analyzer, boolean naive, SentenceClassifier classifier) {
        return new PostingCheck(analyzer, naive, classifier);
    }

    /**
     * Checks the parts of one posting in text order. A part begins in the section the part before it ended in,
     * so the parts give the findings the whole text would give, each with offsets into its own part.
     */
    public final class PostingCheck {
        private final DocumentAnalyzer analyzer;
        private final boolean naive;
        private final SentenceClassifier classifier;
        private final Lexicon lexicon;
        private final LanguageRules rules;
        private final Lexicon.WordMemory memory;
        private SectionKind section = SectionKind.NONE;
        private int blocksBefore;
        // the same few suggestions come back finding after finding: a long posting keeps one copy of each
        private final Map<List<String>, List<String>> suggestions = new HashMap<>();

        private PostingCheck(DocumentAnalyzer analyzer, boolean naive, SentenceClassifier classifier) {
            this.analyzer = analyzer;
            this.naive = naive;
            this.classifier = classifier;
            this.lexicon = catalog.lexicon(analyzer.language());
            this.rules = compiled.get(analyzer.language());
            this.memory = analyzer.remembersWords() ? lexicon.sharedMemory() : lexicon.newMemory();
        }

        /** The findings in the next part, in text order. */
        public List<Finding> check(ExtractedText text) {
            return check(text, Integer.MAX_VALUE);
        }

        /**
         * The findings in the next part, in text order, checked block by block until there are at least
         * {@code enough}; the blocks after that one are left unchecked.
         */
        public List<Finding> check(ExtractedText text, int enough) {
            List<Finding> findings = new ArrayList<>();
            List<Block> blocks = text.blocks();
            for (int b = 0; b < blocks.size() && findings.size() < enough; b++) {
                Block block = blocks.get(b);
                SectionKind opened = SectionHeadings.opensSection(text, block, lexicon);
                if (opened != null) {
                    section = opened;
                    continue;
                }
                if (block.kind() == BlockKind.HEADING) {
                    continue;
                }
                if (classifier != null) {
                    checkWithClassifier(text, block, blocksBefore + b, findings);
                    continue;
                }
                if (!naive && !anyCouldMatch(rules, text.text(), block.start(), block.end())) {
                    continue;
                }
                List<Sentence> sentences = analyzer.sentences(text.text(), block.start(), block.end(), blocksBefore + b);
                for (int s = 0; s < sentences.size(); s++) {
                    Optional<Finding> found = mostSpecific(
                            RuleEngine.this.check(sentences.get(s), section, rules, lexicon, analyzer, naive, memory));
                    if (found.isPresent() && !answeredNo(sentences, s)) {
                        findings.add(found.get());
                    }
                }
            }
            blocksBefore += blocks.size();
            return findings;
        }

        /**
         * Every sentence of the block goes to the classifier, after the rules, whose reasons for leaving a match
         * alone it reads; the rules speak first, the model where they are silent.
         */
        private void checkWithClassifier(ExtractedText text, Block block, int blockIndex, List<Finding> findings) {
            List<PostingSentence> sentences = new ArrayList<>();
            List<Optional<Finding>> ruled = new ArrayList<>();
            for (Sentence sentence : analyzer.sentences(text.text(), block.start(), block.end(), blockIndex)) {
                AnalyzedSentence analyzed = analyzer.analyze(sentence);
                if (naive && analyzed.size() > 0) {
                    analyzed.lemma(0);
                }
                SentenceContext context = new SentenceContext(analyzed, lexicon, section, memory);
                sentences.add(new PostingSentence(context, block.kind(), analyzer.language()));
                ruled.add(mostSpecific(RuleEngine.this.check(context, rules, naive)));
            }
            if (sentences.isEmpty()) {
                return;
            }
            List<ModelVerdict> verdicts = classifier.classify(sentences);
            for (int s = 0; s < sentences.size(); s++) {
                SentenceContext context = sentences.get(s).context();
                ModelVerdict verdict = verdicts.get(s);
                Optional<Finding> rule = ruled.get(s);
                boolean answered = s + 1 < sentences.size() && answeredNo(context, sentences.get(s + 1).context());
                if (rule.isPresent() && answered) {
                    rule = Optional.empty();
                }
                if (rule.isPresent()) {
                    findings.add(rule.get().withModel(verdict));
                } else if (verdict.flags()) {
                    modelFinding(verdict, context).ifPresent(findings::add);
                }
            }
        }

        private Optional<Finding> modelFinding(ModelVerdict verdict, SentenceContext context) {
            return rules.ruleOf(verdict.category()).map(rule -> {
                TokenPattern.Match clause = new TokenPattern.Match(verdict.markFrom(), verdict.markTo(),
                        verdict.markFrom(), verdict.markTo());
                Finding f = finding(rule, clause, context, lexicon, Finding.Source.MODEL, verdict);
                return f.withSuggestions(suggestions.computeIfAbsent(f.suggestions(), k -> k));
            });
        }

        /**
         * Whether sentence {@code s} asks a question that the next sentence of its block answers with "not needed":
         * "On camera now and then? Great, but not required." An answer that still calls it a plus does not.
         */
        private boolean answeredNo(List<Sentence> sentences, int s) {
            if (s + 1 >= sentences.size() || !sentences.get(s).text().endsWith("?")) {
                return false;
            }
            SentenceContext next = new SentenceContext(analyzer.analyze(sentences.get(s + 1)), lexicon, section, memory);
            return answersNo(next);
        }

        private boolean answeredNo(SentenceContext question, SentenceContext next) {
            return question.sentence().sentence().text().endsWith("?") && answersNo(next);
        }

        /** "Great, but not required" says no; "Kein Muss, aber ein Pluspunkt" turns it round. */
        private boolean answersNo(SentenceContext answer) {
            int reassurance = answer.lastReassurance();
            if (reassurance < 0) {
                return false;
            }
            if (lexicon.hasClass("BONUS")) {
                for (TokenPattern.Match bonus : answer.classMatches("BONUS")) {
                    if (bonus.from() > reassurance) {
                        return false;
                    }
                }
            }
            return true;
        }

        private Optional<Finding> mostSpecific(List<Finding> candidates) {
            return candidates.stream()
                    .min(MOST_SPECIFIC_FIRST)
                    .map(f -> f.withSuggestions(suggestions.computeIfAbsent(f.suggestions(), s -> s)));
        }
    }

    /**
     * Every rule's finding in one sentence standing in a section of the given kind, before one is chosen
     * for the sentence; used to run rule examples.
     */
    public List<Finding> checkSentence(String sentence, SectionKind section, DocumentAnalyzer analyzer) {
        Sentence s = new Sentence(sentence, new Span(0, sentence.length()), 0);
        Language language = analyzer.language();
        Lexicon lexicon = catalog.lexicon(language);
        return check(s, section, compiled.get(language), lexicon, analyzer, false, lexicon.sharedMemory());
    }

    /** The analysis of a sentence as the rules see it, for people reading a failing example. */
    public String describe(String sentence, DocumentAnalyzer analyzer) {
        return analyzer.analyze(new Sentence(sentence, new Span(0, sentence.length()), 0)).describe();
    }

    private List<Finding> check(Sentence sentence, SectionKind section, LanguageRules rules, Lexicon lexicon,
                                DocumentAnalyzer analyzer, boolean naive, Lexicon.WordMemory memory) {
        Prefilter.Probe probe = naive ? null : rules.prefilter().probe(sentence.text(), 0, sentence.text().length());
        List<CompiledRule> candidates = naive ? rules.rules() : candidates(rules, probe);
        if (candidates.isEmpty()) {
            return List.of();
        }
        AnalyzedSentence analyzed = analyzer.analyze(sentence);
        if (naive && analyzed.size() > 0) {
            analyzed.lemma(0);
        }
        return check(new SentenceContext(analyzed, lexicon, section, memory), candidates, probe, lexicon);
    }

    /**
     * Every rule's finding in a sentence that has already been analysed, for the classifier beside the rules: a
     * rule whose pattern matches in a section it does not look at ("mehr als 60.000 Follower" about the company)
     * records that, as it records the matches it leaves for a negation, the owner or an exception.
     */
    private List<Finding> check(SentenceContext context, LanguageRules rules, boolean naive) {
        String text = context.sentence().sentence().text();
        Prefilter.Probe probe = naive ? null : rules.prefilter().probe(text, 0, text.length());
        List<CompiledRule> candidates = naive ? rules.rules() : candidates(rules, probe);
        for (CompiledRule rule : candidates) {
            Set<SectionKind> sections = rule.rule().match().sections();
            if (!sections.isEmpty() && !sections.contains(context.section()) && anyPatternMatches(rule, context, probe)) {
                context.reject(rule.rule().category(), "section");
            }
        }
        return candidates.isEmpty() ? List.of() : check(context, candidates, probe, context.lexicon());
    }

    private static boolean anyPatternMatches(CompiledRule compiled, SentenceContext context, Prefilter.Probe probe) {
        List<MatchSpec.PatternEntry> patterns = compiled.rule().match().patterns();
        for (int p = 0; p < patterns.size(); p++) {
            boolean couldMatch = probe == null || probe.hasAll(compiled.patterns().get(p));
            if (couldMatch && !context.find(patterns.get(p).pattern()).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static List<Finding> check(SentenceContext context, List<CompiledRule> candidates, Prefilter.Probe probe,
                                       Lexicon lexicon) {
        List<Finding> findings = new ArrayList<>();
        for (CompiledRule rule : candidates) {
            TokenPattern.Match match = firstMatch(rule, context, probe);
            if (match != null) {
                findings.add(finding(rule.rule(), match, context, lexicon, Finding.Source.RULE, null));
            }
        }
        return findings;
    }

    private static boolean anyCouldMatch(LanguageRules rules, String text, int from, int to) {
        Prefilter.Probe probe = rules.prefilter().probe(text, from, to);
        for (int r = 0; r < rules.rules().size(); r++) {
            if (rules.rules().get(r).couldMatch(probe)) {
                return true;
            }
        }
        return false;
    }

    private static List<CompiledRule> candidates(LanguageRules rules, Prefilter.Probe probe) {
        List<CompiledRule> candidates = new ArrayList<>();
        for (CompiledRule rule : rules.rules()) {
            if (rule.couldMatch(probe)) {
                candidates.add(rule);
            }
        }
        return candidates;
    }

    /** The rule's first match in the sentence; with a probe, patterns it rules out are not tried. */
    private static TokenPattern.Match firstMatch(CompiledRule compiled, SentenceContext context, Prefilter.Probe probe) {
        MatchSpec spec = compiled.rule().match();
        if (!spec.sections().isEmpty() && !spec.sections().contains(context.section())) {
            return null;
        }
        String category = compiled.rule().category();
        Boolean excepted = null;
        for (int p = 0; p < spec.patterns().size(); p++) {
            MatchSpec.PatternEntry entry = spec.patterns().get(p);
            if (probe != null && !probe.hasAll(compiled.patterns().get(p))) {
                continue;
            }
            for (TokenPattern.Match m : context.find(entry.pattern())) {
                if (entry.negationChecked() && (context.reassures() || context.negated(m))) {
                    context.reject(category, "negated");
                    continue;
                }
                if (spec.owner() == MatchSpec.Owner.CANDIDATE && !context.ownedByCandidate(m)) {
                    context.reject(category, "owner");
                    continue;
                }
                if (excepted == null) {
                    excepted = excepted(compiled, context, probe);
                }
                if (excepted) {
                    context.reject(category, "excepted");
                    return null;
                }
                return m;
            }
        }
        return null;
    }

    private static boolean excepted(CompiledRule compiled, SentenceContext context, Prefilter.Probe probe) {
        List<TokenPattern> exceptions = compiled.rule().match().exceptions();
        for (int e = 0; e < exceptions.size(); e++) {
            boolean couldMatch = probe == null || probe.hasAll(compiled.exceptions().get(e));
            if (couldMatch && !context.find(exceptions.get(e)).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static Finding finding(Rule rule, TokenPattern.Match match, SentenceContext context, Lexicon lexicon,
                                   Finding.Source source, ModelVerdict verdict) {
        AnalyzedSentence s = context.sentence();
        Sentence sentence = s.sentence();
        int markTo = Math.max(match.markFrom() + 1, match.markTo());
        Span span = new Span(s.span(match.markFrom()).start(), s.span(markTo - 1).end());
        int base = sentence.span().start();
        String excerpt = sentence.text().substring(span.start() - base, span.end() - base);
        List<String> platforms = context.platforms();
        List<String> suggestions = Suggestions.inAddressOf(sentence.text(), rule.suggestions().stream()
                .map(t -> Suggestions.fill(t, platforms, lexicon.conjunction()))
                .toList());
        return new Finding(rule.id(), rule.category(), rule.severity(), rule.message(), span, excerpt,
                sentence.span(), sentence.text(), suggestions, source, verdict);
    }
}
