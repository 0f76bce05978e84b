package dev.jobpostlint.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
    static final List<String> SPECIFICITY = List.of("profile-as-credential", "monetized-reach",
            "on-camera-persona", "influencer-status", "follower-count", "personal-reach");

    private static final Comparator<Finding> MOST_SPECIFIC_FIRST = Comparator
            .comparingInt((Finding f) -> SPECIFICITY.indexOf(f.category()) < 0 ? SPECIFICITY.size() : SPECIFICITY.indexOf(f.category()))
            .thenComparing(Finding::ruleId);

    private final RuleCatalog catalog;
    private final Map<Language, LanguageRules> compiled = new EnumMap<>(Language.class);

    /**
     * A rule with, per pattern, the anchor sets the pattern cannot match without: a text could match the
     * rule if, for one pattern, it contains a string of each of that pattern's sets. A pattern without any
     * known anchor makes the rule see every sentence.
     */
    private record CompiledRule(Rule rule, List<int[]> patterns) {
        boolean couldMatch(Prefilter.Probe probe) {
            for (int[] required : patterns) {
                if (probe.hasAll(required)) {
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
            Prefilter prefilter = new Prefilter();
            List<CompiledRule> rules = new ArrayList<>();
            for (Rule rule : catalog.rules(language)) {
                List<int[]> patterns = new ArrayList<>();
                for (MatchSpec.PatternEntry p : rule.match().patterns()) {
                    patterns.add(p.pattern().requiredAnchors(catalog.lexicon(language)).stream()
                            .mapToInt(prefilter::group).toArray());
                }
                rules.add(new CompiledRule(rule, List.copyOf(patterns)));
            }
            compiled.put(language, new LanguageRules(List.copyOf(rules), prefilter));
        }
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
                String blockText = text.blockText(block);
                SectionKind opened = opensSection(block, blockText, text.format(), lexicon);
                if (opened != null) {
                    section = opened;
                    continue;
                }
                if (block.kind() == BlockKind.HEADING) {
                    continue;
                }
                String lower = blockText.toLowerCase(Locale.ROOT);
                Prefilter.Probe probe = rules.prefilter().probe(lower);
                if (!naive && rules.rules().stream().noneMatch(r -> r.couldMatch(probe))) {
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
        String lower = sentence.text().toLowerCase(Locale.ROOT);
        Prefilter.Probe probe = rules.prefilter().probe(lower);
        List<CompiledRule> candidates = naive ? rules.rules()
                : rules.rules().stream().filter(r -> r.couldMatch(probe)).toList();
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
            TokenPattern.Match match = firstMatch(rule.rule(), context);
            if (match != null) {
                findings.add(finding(rule.rule(), match, context, lexicon));
            }
        }
        return findings;
    }

    private static TokenPattern.Match firstMatch(Rule rule, SentenceContext context) {
        MatchSpec spec = rule.match();
        if (!spec.sections().isEmpty() && !spec.sections().contains(context.section())) {
            return null;
        }
        Boolean excepted = null;
        for (MatchSpec.PatternEntry entry : spec.patterns()) {
            for (TokenPattern.Match m : context.find(entry.pattern())) {
                if (entry.negationChecked() && (context.reassures() || context.negated(m))) {
                    continue;
                }
                if (spec.owner() == MatchSpec.Owner.CANDIDATE && !context.ownedByCandidate(m)) {
                    continue;
                }
                if (excepted == null) {
                    excepted = spec.exceptions().stream().anyMatch(e -> !context.find(e).isEmpty());
                }
                if (excepted) {
                    return null;
                }
                return m;
            }
        }
        return null;
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
    private static SectionKind opensSection(Block block, String text, SourceFormat format, Lexicon lexicon) {
        if (block.kind() == BlockKind.HEADING) {
            boolean markedUp = format == SourceFormat.MARKDOWN || format == SourceFormat.HTML || format == SourceFormat.DOCX;
            return lexicon.sectionOf(text).orElse(markedUp ? SectionKind.NONE : null);
        }
        if (block.kind() != BlockKind.PARAGRAPH) {
            return null;
        }
        String trimmed = text.strip();
        int words = words(trimmed);
        boolean headingLike = trimmed.endsWith(":") && words <= 7 || words <= 3 && !endsLikeSentence(trimmed);
        return headingLike ? lexicon.sectionOf(trimmed).orElse(null) : null;
    }

    /** As {@code text.split("\\s+").length} for stripped text, without a regular expression per block. */
    private static int words(String stripped) {
        int words = 1;
        boolean inSpace = false;
        for (int i = 0; i < stripped.length(); i++) {
            boolean space = isRegexSpace(stripped.charAt(i));
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
