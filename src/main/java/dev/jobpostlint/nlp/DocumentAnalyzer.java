package dev.jobpostlint.nlp;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;

/**
 * Splits and analyses the text of one document in one language. OpenNLP's tools keep state between
 * calls, so each document gets its own instances; the models behind them are shared.
 */
public final class DocumentAnalyzer {

    private final NlpModels models;
    private final Language language;
    private SentenceDetectorME sentenceDetector;
    private TokenizerME tokenizer;
    private POSTaggerME tagger;
    private LemmatizerME lemmatizer;

    public DocumentAnalyzer(NlpModels models, Language language) {
        this.models = models;
        this.language = language;
    }

    public Language language() {
        return language;
    }

    /** The sentences of {@code text[start, end)}, one block; offsets are in {@code text}. */
    public List<Sentence> sentences(String text, int start, int end, int block) {
        if (sentenceDetector == null) {
            sentenceDetector = new SentenceDetectorME(models.sentenceModel(language));
        }
        String blockText = text.substring(start, end);
        List<Sentence> result = new ArrayList<>();
        for (opennlp.tools.util.Span s : sentenceDetector.sentPosDetect(blockText)) {
            int from = start + s.getStart();
            int to = start + s.getEnd();
            while (from < to && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
                to--;
            }
            if (to > from) {
                result.add(new Sentence(text.substring(from, to), new Span(from, to), block));
            }
        }
        return result;
    }

    /** Tokens of a sentence; tags and lemmas follow on first use. */
    public AnalyzedSentence analyze(Sentence sentence) {
        if (tokenizer == null) {
            tokenizer = new TokenizerME(models.tokenizerModel(language));
        }
        opennlp.tools.util.Span[] positions = tokenizer.tokenizePos(sentence.text());
        String[] texts = new String[positions.length];
        Span[] spans = new Span[positions.length];
        int base = sentence.span().start();
        for (int i = 0; i < positions.length; i++) {
            texts[i] = positions[i].getCoveredText(sentence.text()).toString();
            spans[i] = new Span(base + positions[i].getStart(), base + positions[i].getEnd());
        }
        return new AnalyzedSentence(sentence, texts, spans, this);
    }

    String[] tag(String[] tokens) {
        if (tagger == null) {
            tagger = new POSTaggerME(models.posModel(language));
        }
        return tagger.tag(tokens);
    }

    String[] lemmatize(String[] tokens, String[] tags) {
        if (lemmatizer == null) {
            lemmatizer = new LemmatizerME(models.lemmatizerModel(language));
        }
        return lemmatizer.lemmatize(tokens, tags);
    }
}
