package dev.jobpostlint.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import dev.jobpostlint.nlp.AnalyzedSentence;

/**
 * One analysed sentence with what the rules ask of it beyond their patterns: the section it stands in,
 * where its clauses break, whether a match is negated, and whose audience a match speaks of.
 * Class positions are computed once per sentence and shared by all rules.
 */
final class SentenceContext {

    /** The classes asked about here, parsed once rather than for every sentence. */
    private static final Map<String, TokenPattern> CLASS_PATTERNS = Lexicon.REQUIRED_CLASSES.stream()
            .collect(Collectors.toUnmodifiableMap(n -> n, TokenPattern::parse));

    private final AnalyzedSentence sentence;
    private final Lexicon lexicon;
    private final SectionKind section;
    private final Map<String, List<TokenPattern.Match>> classMatches = new HashMap<>();
    private final TokenPattern.Scope scope;
    private Lexicon.ClassProbe classProbe;
    private final Set<String> rejections = new TreeSet<>();
    /** Class names as patterns, parsed once for all sentences. */
    private static final Map<String, TokenPattern> CLASS_REFS = new ConcurrentHashMap<>();

    SentenceContext(AnalyzedSentence sentence, Lexicon lexicon, SectionKind section) {
        this(sentence, lexicon, section, lexicon.sharedMemory());
    }

    SentenceContext(AnalyzedSentence sentence, Lexicon lexicon, SectionKind section, Lexicon.WordMemory memory) {
        this.sentence = sentence;
        this.lexicon = lexicon;
        this.section = section;
        this.scope = new TokenPattern.Scope(sentence, lexicon, memory);
    }

    AnalyzedSentence sentence() {
        return sentence;
    }

    SectionKind section() {
        return section;
    }

    Lexicon lexicon() {
        return lexicon;
    }

    boolean hasClass(String name) {
        return lexicon.hasClass(name);
    }

    /** Records that a rule of {@code category} matched here and left it for {@code reason}: negated, owner, excepted. */
    void reject(String category, String reason) {
        rejections.add(category + ":" + reason);
    }

    /** The rules' reasons for leaving their matches in this sentence alone, as "category:reason". */
    Set<String> rejections() {
        return Collections.unmodifiableSet(rejections);
    }

    List<TokenPattern.Match> find(TokenPattern pattern) {
        return pattern.findAll(scope);
    }

    /** Where the words of a lexicon class stand in this sentence. */
    List<TokenPattern.Match> classMatches(String name) {
        List<TokenPattern.Match> matches = classMatches.get(name);
        if (matches == null) {
            if (classProbe == null) {
                classProbe = lexicon.classProbe(sentence.sentence().text());
            }
            if (classProbe.couldMatch(name)) {
                TokenPattern pattern = CLASS_PATTERNS.get(name);
                matches = find(pattern != null ? pattern : CLASS_REFS.computeIfAbsent(name, TokenPattern::parse));
            } else {
                matches = List.of();
            }
            classMatches.put(name, matches);
        }
        return matches;
    }

    /**
     * Whether the sentence as a whole says that the audience does not matter ("spielt keine Rolle"). The "not" of
     * an exclusion ("need not apply", "werden nicht berücksichtigt") reassures no one.
     */
    boolean reassures() {
        return lastReassurance() >= 0;
    }

    /** Where the last reassurance of the sentence starts, or -1 when it has none. */
    int lastReassurance() {
        return lastOutsideExclusions("REASSURANCE");
    }

    /** Where the last negation of the sentence starts, or -1 when it has none. */
    int lastNegation() {
        return lastOutsideExclusions("NEGATION");
    }

    private int lastOutsideExclusions(String className) {
        int last = -1;
        for (TokenPattern.Match m : classMatches(className)) {
            if (!inExclusion(m)) {
                last = Math.max(last, m.from());
            }
        }
        return last;
    }

    /** Whether a negation stands in the clause of the match; the "not" of an exclusion does not count. */
    boolean negated(TokenPattern.Match match) {
        int[] clause = clause(match);
        for (TokenPattern.Match n : classMatches("NEGATION")) {
            if (n.from() >= clause[0] && n.from() < clause[1] && !inExclusion(n)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a match lies within an exclusion ("Accounts below 3,000 followers need not apply"). */
    private boolean inExclusion(TokenPattern.Match m) {
        if (!lexicon.hasClass("EXCLUDE")) {
            return false;
        }
        for (TokenPattern.Match e : classMatches("EXCLUDE")) {
            if (m.from() >= e.from() && m.to() <= e.to()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the match speaks of the candidate's own audience or persona. Tried in turn: the nearest
     * possessive in the clause (your/dein: the candidate; our/unser, their/ihre: someone else); an "own"
     * word in the clause (eigene, personal, selbst); the same two in the whole sentence; the company
     * speaking (wir, we) with no "du"/"you"; failing all, a requirements or application section, or a
     * posting without sections, implies the candidate.
     */
    boolean ownedByCandidate(TokenPattern.Match match) {
        int[] clause = clause(match);
        int[] whole = {0, sentence.size()};
        for (int[] range : new int[][] {clause, whole}) {
            Owner owner = nearestOwner(match, range[0], range[1]);
            if (owner != Owner.NONE) {
                return owner == Owner.CANDIDATE;
            }
            if (hasIn("OWN", range[0], range[1])) {
                return true;
            }
        }
        if (hasIn("WE", 0, sentence.size()) && !hasIn("YOU", 0, sentence.size())) {
            return false;
        }
        return section == SectionKind.REQUIREMENTS || section == SectionKind.APPLICATION || section == SectionKind.NONE;
    }

    private enum Owner { NONE, CANDIDATE, OTHER }

    private Owner nearestOwner(TokenPattern.Match match, int from, int to) {
        Map<String, Owner> kinds = new LinkedHashMap<>();
        kinds.put("COMPANY", Owner.OTHER);
        kinds.put("THIRD_PARTY", Owner.OTHER);
        kinds.put("CANDIDATE", Owner.CANDIDATE);
        Owner best = Owner.NONE;
        int bestDistance = Integer.MAX_VALUE;
        for (Map.Entry<String, Owner> kind : kinds.entrySet()) {
            for (TokenPattern.Match m : classMatches(kind.getKey())) {
                if (m.from() < from || m.from() >= to) {
                    continue;
                }
                int d = distance(m, match);
                // On a tie the other owner wins: flagging a company's audience is the worse mistake.
                if (d < bestDistance) {
                    best = kind.getValue() == Owner.OTHER && refersToApplicant(m) ? Owner.CANDIDATE : kind.getValue();
                    bestDistance = d;
                }
            }
        }
        return best;
    }

    /**
     * Whether a pronoun ("their", "ihre") points back to the applicants the sentence is about: "Candidates must
     * provide their Instagram handle". It does when an APPLICANT word stands before it and no one else does.
     */
    private boolean refersToApplicant(TokenPattern.Match pronoun) {
        if (!lexicon.hasClass("APPLICANT") || !isIn("PRONOUN", pronoun)) {
            return false;
        }
        int applicant = -1;
        for (TokenPattern.Match a : classMatches("APPLICANT")) {
            if (a.to() <= pronoun.from()) {
                applicant = Math.max(applicant, a.to());
            }
        }
        if (applicant < 0) {
            return false;
        }
        for (TokenPattern.Match other : classMatches("THIRD_PARTY")) {
            if (other.from() >= applicant && other.to() <= pronoun.from() && !isIn("PRONOUN", other)) {
                return false;
            }
        }
        return true;
    }

    private boolean isIn(String className, TokenPattern.Match m) {
        if (!lexicon.hasClass(className)) {
            return false;
        }
        for (TokenPattern.Match c : classMatches(className)) {
            if (c.from() == m.from() && c.to() == m.to()) {
                return true;
            }
        }
        return false;
    }

    private static int distance(TokenPattern.Match a, TokenPattern.Match b) {
        if (a.to() <= b.from()) {
            return b.from() - a.to() + 1;
        }
        if (b.to() <= a.from()) {
            return a.from() - b.to() + 1;
        }
        return 0;
    }

    private boolean hasIn(String className, int from, int to) {
        for (TokenPattern.Match m : classMatches(className)) {
            if (m.from() >= from && m.from() < to) {
                return true;
            }
        }
        return false;
    }

    /** The token range [from, to) of the clause(s) the match stands in, bounded by CLAUSE_BREAK words. */
    private int[] clause(TokenPattern.Match match) {
        int from = 0;
        int to = sentence.size();
        for (TokenPattern.Match b : classMatches("CLAUSE_BREAK")) {
            if (b.to() <= match.from() && b.to() > from) {
                from = b.to();
            }
            if (b.from() >= match.to() && b.from() < to) {
                to = b.from();
            }
        }
        return new int[] {from, to};
    }

    /** The platforms the sentence names, in order, each once ("Instagram", "TikTok"). */
    List<String> platforms() {
        List<String> names = new ArrayList<>();
        for (TokenPattern.Match m : classMatches("PLATFORM")) {
            String text = sentence.text(m.from());
            int hyphen = text.indexOf('-');
            String name = hyphen > 0 ? text.substring(0, hyphen) : text;
            if (names.stream().noneMatch(n -> n.equalsIgnoreCase(name))) {
                names.add(name);
            }
        }
        return names;
    }
}
