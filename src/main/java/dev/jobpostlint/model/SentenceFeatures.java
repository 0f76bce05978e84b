package dev.jobpostlint.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.jobpostlint.nlp.AnalyzedSentence;
import dev.jobpostlint.nlp.Language;
import dev.jobpostlint.rules.PostingSentence;
import dev.jobpostlint.rules.TokenPattern;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * The features the classifier reads in a sentence, chosen to carry over to wording it was not trained on: word
 * forms, their stems and first and last letters, stem bigrams, the parts of compounds, the lexicon's classes
 * (NUMBER, AUDIENCE, PLATFORM, owner and negation words, requirement cues), whose audience a class match speaks
 * of, the words a negation governs, whether a bonus turns a negation round, the order of classes and words, the
 * magnitude of numbers, the section and kind of block, the rules' reasons for leaving a match alone, and the cues
 * of the neighbouring sentences ("On camera now and then? Great, but not required.") and of a question just
 * before. Not thread-safe: it keeps a stemmer and its results.
 */
final class SentenceFeatures {

    /** Changes whenever the features change, so that a model file made with other features is refused. */
    static final int VERSION = 1;

    /** The lexicon classes read as features; a class a language's lexicon lacks is simply never there. */
    static final List<String> CLASSES = List.of("NUMBER", "AUDIENCE", "PLATFORM", "CHANNEL", "INFLUENCER", "MONEY",
            "STATS", "CAMERA", "FAME", "VERIFIED", "METRICS", "EARN", "CANDIDATE", "YOUR", "OWN", "COMPANY", "WE",
            "YOU", "THIRD_PARTY", "FOR_OTHERS", "JOIN",
            "NEGATION", "REASSURANCE", "AT_LEAST", "REQUEST", "REQUIRED", "BONUS", "APPLY", "EXCLUDE", "POLICY");

    /** Classes that name something a person can own: for them, whose it is and whether it is negated. */
    private static final Set<String> OWNABLE = Set.of("NUMBER", "AUDIENCE", "PLATFORM", "CHANNEL", "INFLUENCER",
            "MONEY", "STATS", "CAMERA", "FAME", "VERIFIED", "METRICS", "EARN");

    /** Classes of the neighbouring sentences that change how a sentence reads. */
    private static final List<String> CONTEXT_CLASSES = List.of("NEGATION", "REASSURANCE", "REQUIRED", "BONUS",
            "EXCLUDE", "APPLY");

    private static final int MAX_CACHED_WORDS = 50_000;
    /**
     * Words of six letters or more also give their first and last four letters: "Followerschaft" and
     * "Followerzahl" share "foll", "Gefolgschaft" and "Fangemeinschaft" share "haft".
     */
    private static final int MIN_AFFIXED = 6;
    private static final int AFFIX = 4;

    private final SnowballStemmer stemmer;
    private final Vocabulary vocabulary;
    private final Map<String, String> stems = new HashMap<>();
    private final Map<String, List<String>> parts = new HashMap<>();

    SentenceFeatures(Language language, Vocabulary vocabulary) {
        this.stemmer = new SnowballStemmer(language == Language.DE
                ? SnowballStemmer.ALGORITHM.GERMAN : SnowballStemmer.ALGORITHM.ENGLISH);
        this.vocabulary = vocabulary;
    }

    /**
     * The features of each sentence of a block, in order. {@code before} is the last sentence of the block before,
     * or null: when it asks a question, the first sentence may be its answer ("Brauche ich Follower?" / "Ja, 5.000").
     */
    List<String[]> block(List<PostingSentence> sentences, PostingSentence before) {
        List<String[]> features = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            PostingSentence s = sentences.get(i);
            String[] f = features(s, 0, s.tokens().size(), neighbour(sentences, i - 1), neighbour(sentences, i + 1));
            if (i == 0 && before != null && before.text().endsWith("?")) {
                f = withQuestion(f, before);
            }
            features.add(f);
        }
        return features;
    }

    /** Adds the features of the question a sentence answers, prefixed "pq:". */
    private String[] withQuestion(String[] f, PostingSentence question) {
        Set<String> all = new LinkedHashSet<>(List.of(f));
        all.add("pq");
        for (String q : features(question, 0, question.tokens().size(), null, null)) {
            if (q.startsWith("s=") || q.startsWith("c=") || q.startsWith("o=")) {
                all.add("pq:" + q);
            }
        }
        return all.toArray(String[]::new);
    }

    private static PostingSentence neighbour(List<PostingSentence> sentences, int i) {
        return i >= 0 && i < sentences.size() ? sentences.get(i) : null;
    }

    /**
     * The features of tokens {@code [from, to)} of a sentence with its context: the whole sentence, or one clause
     * of it when the classifier looks for the clause that carries its verdict.
     */
    String[] features(PostingSentence s, int from, int to, PostingSentence previous, PostingSentence next) {
        Set<String> f = new LinkedHashSet<>();
        f.add("bias");
        f.add("sec=" + s.section().id());
        f.add("blk=" + s.blockKind().name().toLowerCase(Locale.ROOT));
        if (s.text().endsWith("?")) {
            f.add("question");
        }
        String[] symbols = words(s.tokens(), negatedScope(s), from, to, f);
        classes(s, from, to, symbols, f);
        sequence(symbols, from, to, f);
        context("pv:", previous, f);
        context("nx:", next, f);
        return f.toArray(String[]::new);
    }

    /**
     * Adds the word features of the tokens and returns, per token of the sentence, the symbol the sequence
     * features see: its stem, or null for punctuation (classes overwrite it later).
     */
    private String[] words(AnalyzedSentence tokens, boolean[] negated, int from, int to, Set<String> f) {
        String[] symbols = new String[tokens.size()];
        for (int i = from; i < to; i++) {
            String lower = tokens.lower(i);
            if (!hasLetterOrDigit(lower)) {
                continue;
            }
            if (hasDigit(lower)) {
                f.add("w=<num>");
                Magnitudes.of(lower, i + 1 < tokens.size() ? tokens.lower(i + 1) : "").ifPresent(m -> f.add("mag=" + m));
                symbols[i] = "<num>";
                continue;
            }
            String stem = stem(lower);
            f.add("w=" + lower);
            f.add((negated[i] ? "ns=" : "s=") + stem);
            if (lower.length() >= MIN_AFFIXED) {
                f.add("pre=" + lower.substring(0, AFFIX));
                f.add("suf=" + lower.substring(lower.length() - AFFIX));
            }
            for (String part : parts(lower)) {
                f.add("p=" + stem(part));
            }
            symbols[i] = stem;
        }
        String before = "<s>";
        for (int i = from; i < to; i++) {
            String stem = symbols[i];
            if (stem == null) {
                before = "<p>";
                continue;
            }
            f.add("b=" + before + "_" + stem);
            before = stem;
        }
        return symbols;
    }

    /** Per token, whether a negation before it in its clause ("not", "keine") governs it. */
    private static boolean[] negatedScope(PostingSentence s) {
        boolean[] negated = new boolean[s.tokens().size()];
        for (TokenPattern.Match n : s.matches("NEGATION")) {
            int end = negated.length;
            for (TokenPattern.Match b : s.matches("CLAUSE_BREAK")) {
                if (b.from() >= n.to() && b.from() < end) {
                    end = b.from();
                }
            }
            for (int i = n.to(); i < end; i++) {
                negated[i] = true;
            }
        }
        return negated;
    }

    /** Adds the class features and writes the class names into the symbols of the tokens they cover. */
    private static void classes(PostingSentence s, int from, int to, String[] symbols, Set<String> f) {
        Set<String> present = new LinkedHashSet<>();
        for (String name : CLASSES) {
            for (TokenPattern.Match m : s.matches(name)) {
                if (m.from() < from || m.from() >= to) {
                    continue;
                }
                present.add(name);
                if (OWNABLE.contains(name)) {
                    f.add("o=" + name + (s.ownedByCandidate(m) ? ":cand" : ":other"));
                    if (s.negated(m)) {
                        f.add("n=" + name);
                    }
                    for (int i = m.from(); i < Math.min(m.to(), to); i++) {
                        symbols[i] = i == m.from() ? name : "";
                    }
                }
            }
        }
        for (String name : present) {
            f.add("c=" + name);
            if (OWNABLE.contains(name)) {
                f.add("sec=" + s.section().id() + "&" + name);
            }
        }
        List<String> ownables = present.stream().filter(OWNABLE::contains).toList();
        for (int a = 0; a < ownables.size(); a++) {
            for (int b = a + 1; b < ownables.size(); b++) {
                f.add("cc=" + ownables.get(a) + "+" + ownables.get(b));
            }
        }
        if (s.reassures()) {
            f.add("reassures");
        }
        turn("reassures", s.lastReassurance(), s, f);
        turn("negated", s.lastNegation(), s, f);
        for (String rejection : s.ruleRejections()) {
            f.add("rj=" + rejection);
            f.add("rj=" + rejection.substring(rejection.indexOf(':') + 1));
        }
    }

    /**
     * Whether a negation or reassurance is turned round by a bonus after it: "Kein Muss, aber ein Pluspunkt" asks
     * for it, "ist keine Voraussetzung" does not.
     */
    private static void turn(String name, int at, PostingSentence s, Set<String> f) {
        if (at < 0) {
            return;
        }
        boolean bonusAfter = s.matches("BONUS").stream().anyMatch(b -> b.from() > at);
        f.add(name + (bonusAfter ? "-then-bonus" : "-alone"));
    }

    /** Bigrams over the sentence with class matches in place of their words: "YOUR PLATFORM", "AT_LEAST NUMBER". */
    private static void sequence(String[] symbols, int from, int to, Set<String> f) {
        String before = "<s>";
        boolean beforeIsClass = false;
        for (int i = from; i < to; i++) {
            String symbol = symbols[i];
            if (symbol == null || symbol.isEmpty()) {
                continue;
            }
            boolean isClass = Character.isUpperCase(symbol.charAt(0));
            if (isClass || beforeIsClass) {
                f.add("a=" + before + "_" + symbol);
            }
            before = symbol;
            beforeIsClass = isClass;
        }
    }

    private static void context(String prefix, PostingSentence neighbour, Set<String> f) {
        if (neighbour == null) {
            return;
        }
        if (neighbour.text().endsWith("?")) {
            f.add(prefix + "question");
        }
        if (neighbour.reassures()) {
            f.add(prefix + "reassures");
        }
        for (String name : CONTEXT_CLASSES) {
            if (!neighbour.matches(name).isEmpty()) {
                f.add(prefix + "c=" + name);
            }
        }
    }

    private String stem(String word) {
        String stem = stems.get(word);
        if (stem == null) {
            if (stems.size() > MAX_CACHED_WORDS) {
                stems.clear();
            }
            stem = stemmer.stem(word).toString();
            stems.put(word, stem);
        }
        return stem;
    }

    private List<String> parts(String word) {
        if (word.length() < 8) {
            return List.of();
        }
        List<String> known = parts.get(word);
        if (known == null) {
            if (parts.size() > MAX_CACHED_WORDS) {
                parts.clear();
            }
            known = vocabulary.parts(word);
            parts.put(word, known);
        }
        return known;
    }

    private static boolean hasLetterOrDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
