package dev.jobpostlint.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.jobpostlint.extract.BlockKind;
import dev.jobpostlint.nlp.AnalyzedSentence;
import dev.jobpostlint.nlp.Language;

/**
 * One sentence of a posting as a {@link SentenceClassifier} sees it: its tokens, the section and kind of
 * block it stands in, and the lexicon's reading of it (where its classes match, whose audience a match speaks
 * of, whether it is negated). Not thread-safe; it lives as long as the checking of its block.
 */
public final class PostingSentence {

    private final SentenceContext context;
    private final BlockKind blockKind;
    private final Language language;

    PostingSentence(SentenceContext context, BlockKind blockKind, Language language) {
        this.context = context;
        this.blockKind = blockKind;
        this.language = language;
    }

    public AnalyzedSentence tokens() {
        return context.sentence();
    }

    public String text() {
        return context.sentence().sentence().text();
    }

    public SectionKind section() {
        return context.section();
    }

    public BlockKind blockKind() {
        return blockKind;
    }

    public Language language() {
        return language;
    }

    /** Where the words of lexicon class {@code name} stand; empty when the language's lexicon has no such class. */
    public List<TokenPattern.Match> matches(String name) {
        return context.hasClass(name) ? context.classMatches(name) : List.of();
    }

    /** Whether a match speaks of the candidate's own audience or persona, as the rules decide it. */
    public boolean ownedByCandidate(TokenPattern.Match match) {
        return context.ownedByCandidate(match);
    }

    /** Whether a negation stands in the clause of the match. */
    public boolean negated(TokenPattern.Match match) {
        return context.negated(match);
    }

    /** Whether the sentence as a whole says that the audience does not matter. */
    public boolean reassures() {
        return context.reassures();
    }

    /** Where the last reassurance starts, or -1; the "not" of an exclusion ("need not apply") is none. */
    public int lastReassurance() {
        return context.lastReassurance();
    }

    /** Where the last negation starts, or -1; the "not" of an exclusion is none. */
    public int lastNegation() {
        return context.lastNegation();
    }

    /**
     * Where a rule's pattern matched but the rule let it go, as "category:reason" (negated, owner, excepted):
     * "Eine große Followerschaft ist keine Voraussetzung" gives "follower-count:negated".
     */
    public Set<String> ruleRejections() {
        return context.rejections();
    }

    /** The token ranges {@code [from, to)} of the sentence's clauses, split where a clause ends, in order. */
    public List<int[]> clauses() {
        List<int[]> clauses = new ArrayList<>();
        int from = 0;
        for (TokenPattern.Match b : context.classMatches("CLAUSE_BREAK")) {
            if (b.from() > from) {
                clauses.add(new int[] {from, b.from()});
            }
            from = Math.max(from, b.to());
        }
        if (from < tokens().size()) {
            clauses.add(new int[] {from, tokens().size()});
        }
        return clauses;
    }

    SentenceContext context() {
        return context;
    }
}
