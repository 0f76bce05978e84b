package dev.jobpostlint.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A tokenized sentence whose part-of-speech tags and lemmas are computed on first use: the tagger and,
 * above all, the lemmatizer are the slow steps, and most sentences are decided without them.
 * Not thread-safe; it belongs to the analysis of one document.
 */
public final class AnalyzedSentence {

    private final Sentence sentence;
    private final String[] texts;
    private final String[] lower;
    private final Span[] spans;
    private final DocumentAnalyzer analyzer;
    private String[] tags;
    private String[] lemmas;

    AnalyzedSentence(Sentence sentence, String[] texts, Span[] spans, DocumentAnalyzer analyzer) {
        this.sentence = sentence;
        this.texts = texts;
        this.spans = spans;
        this.analyzer = analyzer;
        this.lower = new String[texts.length];
        for (int i = 0; i < texts.length; i++) {
            lower[i] = texts[i].toLowerCase(Locale.ROOT);
        }
    }

    public Sentence sentence() {
        return sentence;
    }

    public int size() {
        return texts.length;
    }

    public String text(int i) {
        return texts[i];
    }

    public String lower(int i) {
        return lower[i];
    }

    public Span span(int i) {
        return spans[i];
    }

    public String pos(int i) {
        if (tags == null) {
            tags = analyzer.tag(texts);
        }
        return tags[i];
    }

    public String lemma(int i) {
        if (lemmas == null) {
            pos(0);
            lemmas = analyzer.lemmatize(texts, tags);
            for (int k = 0; k < lemmas.length; k++) {
                lemmas[k] = lemmas[k].toLowerCase(Locale.ROOT);
            }
        }
        return lemmas[i];
    }

    /** Whether the tagger and lemmatizer have run on this sentence. */
    public boolean isFullyAnalyzed() {
        return lemmas != null;
    }

    /** Every token with tag and lemma; runs the tagger and lemmatizer if they have not run yet. */
    public List<Token> tokens() {
        List<Token> tokens = new ArrayList<>(texts.length);
        for (int i = 0; i < texts.length; i++) {
            tokens.add(new Token(texts[i], pos(i), lemma(i), spans[i]));
        }
        return tokens;
    }

    /** The analysis as one line per token, for people reading a failing test. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        for (Token t : tokens()) {
            out.append(String.format(Locale.ROOT, "  %-24s %-6s %s%n", t.text(), t.pos(), t.lemma()));
        }
        return out.toString();
    }
}
