package dev.jobpostlint.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.jobpostlint.extract.Block;
import dev.jobpostlint.extract.BlockKind;
import dev.jobpostlint.extract.ExtractedText;
import dev.jobpostlint.extract.SourceFormat;
import dev.jobpostlint.nlp.AnalyzedSentence;
import dev.jobpostlint.nlp.DocumentAnalyzer;
import dev.jobpostlint.nlp.Language;
import dev.jobpostlint.nlp.Sentence;
import dev.jobpostlint.nlp.Span;

/**
 * Runs the rules of a catalog over a posting. A cheap lexical prefilter decides which blocks and
 * sentences any rule could match at all (each pattern has anchors: strings one of which a matching
 * sentence must contain); only those are tokenized, and tags and lemmas are computed only when a
 * pattern asks for them. Thread-safe.
 */
public final class RuleEngine {

    /**
     * Categories from the most specific to the most general. A sentence gets one finding: where several
     * rules match ("Link zu deinem Profil inkl. Followerzahl"), the most specific one speaks, so that its
     * suggestion fits the sentence and a person is not told the same thing twice.
     */
    /** A line with more words is not a heading, even when it ends with a colon. */
    private static final int MAX_HEADING_WORDS = 7;

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
        return new PostingCheck(analyzer, naive);
    }

    /**
     * Checks the parts of one posting in text order. A part begins in the section the part before it ended in,
     * so the parts give the findings the whole text would give, each with offsets into its own part.
     */
    public final class PostingCheck {
        private final DocumentAnalyzer analyzer;
        private final boolean naive;
        private final Lexicon lexicon;
        private final LanguageRules rules;
        private SectionKind section = SectionKind.NONE;
        private int blocksBefore;
        // the same few suggestions come back finding after finding: a long posting keeps one copy of each
        private final Map<List<String>, List<String>> suggestions = new HashMap<>();

        private PostingCheck(DocumentAnalyzer analyzer, boolean naive) {
            this.analyzer = analyzer;
            this.naive = naive;
            this.lexicon = catalog.lexicon(analyzer.language());
            this.rules = compiled.get(analyzer.language());
        }

        /** The findings in the next part, in text order. */
        public List<Finding> check(ExtractedText text) {
            List<Finding> findings = new ArrayList<>();
            List<Block> blocks = text.blocks();
            for (int b = 0; b < blocks.size(); b++) {
                Block block = blocks.get(b);
                SectionKind opened = opensSection(text, block, lexicon);
                if (opened != null) {
                    section = opened;
                    continue;
                }
                if (block.kind() == BlockKind.HEADING) {
                    continue;
                }
                if (!naive && !anyCouldMatch(rules, text.text(), block.start(), block.end())) {
                    continue;
                }
                for (Sentence sentence : analyzer.sentences(text.text(), block.start(), block.end(), blocksBefore + b)) {
                    RuleEngine.this.check(sentence, section, rules, lexicon, analyzer, naive).stream()
                            .min(MOST_SPECIFIC_FIRST)
                            .map(f -> f.withSuggestions(suggestions.computeIfAbsent(f.suggestions(), s -> s)))
                            .ifPresent(findings::add);
                }
            }
            blocksBefore += blocks.size();
            return findings;
        }
    }

    /**
     * Every rule's finding in one sentence standing in a section of the given kind, before one is chosen
     * for the sentence; used to run rule examples.
     */
    public List<Finding> checkSentence(String sentence, SectionKind section, DocumentAnalyzer analyzer) {
        Sentence s = new Sentence(sentence, new Span(0, sentence.length()), 0);
        Language language = analyzer.language();
        return check(s, section, compiled.get(language), catalog.lexicon(language), analyzer, false);
    }

    /** The analysis of a sentence as the rules see it, for people reading a failing example. */
    public String describe(String sentence, DocumentAnalyzer analyzer) {
        return analyzer.analyze(new Sentence(sentence, new Span(0, sentence.length()), 0)).describe();
    }

    private List<Finding> check(Sentence sentence, SectionKind section, LanguageRules rules, Lexicon lexicon,
                                DocumentAnalyzer analyzer, boolean naive) {
        Prefilter.Probe probe = naive ? null : rules.prefilter().probe(sentence.text(), 0, sentence.text().length());
        List<CompiledRule> candidates = naive ? rules.rules() : candidates(rules, probe);
        if (candidates.isEmpty()) {
            return List.of();
        }
        AnalyzedSentence analyzed = analyzer.analyze(sentence);
        if (naive && analyzed.size() > 0) {
            analyzed.lemma(0);
        }
        SentenceContext context = new SentenceContext(analyzed, lexicon, section);
        List<Finding> findings = new ArrayList<>();
        for (CompiledRule rule : candidates) {
            TokenPattern.Match match = firstMatch(rule, context, probe);
            if (match != null) {
                findings.add(finding(rule.rule(), match, context, lexicon));
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
        Boolean excepted = null;
        for (int p = 0; p < spec.patterns().size(); p++) {
            MatchSpec.PatternEntry entry = spec.patterns().get(p);
            if (probe != null && !probe.hasAll(compiled.patterns().get(p))) {
                continue;
            }
            for (TokenPattern.Match m : context.find(entry.pattern())) {
                if (entry.negationChecked() && (context.reassures() || context.negated(m))) {
                    continue;
                }
                if (spec.owner() == MatchSpec.Owner.CANDIDATE && !context.ownedByCandidate(m)) {
                    continue;
                }
                if (excepted == null) {
                    excepted = excepted(compiled, context, probe);
                }
                if (excepted) {
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

    private static Finding finding(Rule rule, TokenPattern.Match match, SentenceContext context, Lexicon lexicon) {
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
                sentence.span(), sentence.text(), suggestions);
    }

    /**
     * The section a block opens: a heading, or a short line like "Was du mitbringst:" naming a section.
     * A heading that names no section ends the one before in formats whose headings are marked up; in PDF
     * and plain text, where headings are guessed from the layout, such a line leaves the section as it is.
     */
    private static SectionKind opensSection(ExtractedText text, Block block, Lexicon lexicon) {
        if (block.kind() == BlockKind.HEADING) {
            SourceFormat format = text.format();
            boolean markedUp = format == SourceFormat.MARKDOWN || format == SourceFormat.HTML || format == SourceFormat.DOCX;
            return lexicon.sectionOf(text.blockText(block)).orElse(markedUp ? SectionKind.NONE : null);
        }
        if (block.kind() != BlockKind.PARAGRAPH) {
            return null;
        }
        int words = words(text.text(), block.start(), block.end());
        if (words > MAX_HEADING_WORDS) {
            return null;
        }
        String trimmed = text.blockText(block).strip();
        boolean headingLike = trimmed.endsWith(":") || words <= 3 && !endsLikeSentence(trimmed);
        return headingLike ? lexicon.sectionOf(trimmed).orElse(null) : null;
    }

    /** As {@code text.substring(from, to).strip().split("\\s+").length}, without copying the text. */
    private static int words(String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        int words = 1;
        boolean inSpace = false;
        for (int i = from; i < to; i++) {
            boolean space = isRegexSpace(text.charAt(i));
            if (space && !inSpace) {
                words++;
            }
            inSpace = space;
        }
        return words;
    }

    /** What {@code \\s} matches in a Java regular expression without UNICODE_CHARACTER_CLASS. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** As {@code text.matches(".*[.!?;,]$")}; {@code .} does not cross a line break, so neither does this. */
    private static boolean endsLikeSentence(String text) {
        if (text.isEmpty() || ".!?;,".indexOf(text.charAt(text.length() - 1)) < 0) {
            return false;
        }
        for (int i = 0; i < text.length() - 1; i++) {
            if (isLineTerminator(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
