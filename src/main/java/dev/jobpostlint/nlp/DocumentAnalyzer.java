package dev.jobpostlint.nlp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.WhitespaceTokenizer;

/**
 * Splits and analyses the text of one document in one language. OpenNLP's tools keep state between
 * calls: the sentence detector and tokenizer are the thread's own ({@link NlpModels}), the tagger and
 * lemmatizer, seldom needed, the document's own; the models behind them are shared.
 */
public final class DocumentAnalyzer {

    private static final Map<Language, Set<String>> ABBREVIATIONS = Map.of(
            Language.DE, Set.of("inkl.", "z.", "b.", "z.b.", "bzw.", "ca.", "mind.", "ggf.", "u.", "a.",
                    "u.a.", "usw.", "etc.", "mio.", "tsd.", "evtl.", "bspw.", "sog.", "d.", "h.", "d.h.", "max.",
                    "min.", "zzgl.", "vgl.", "nr.", "abs.", "str.", "dr.", "prof.", "std.", "wg.", "gem.", "inkl"),
            Language.EN, Set.of("e.g.", "i.e.", "incl.", "approx.", "min.", "max.", "etc.", "vs.",
                    "no.", "mr.", "ms.", "mrs.", "dr.", "prof.", "st.", "k.", "m.", "avg.", "esp."));

    /**
     * Longer runs without a space are one token each. OpenNLP's tokenizer takes time that grows with the square of
     * a word's length (a 200,000-character word took almost a minute), and no word of a posting is this long: the
     * longest URLs and compounds are a few dozen characters.
     */
    public static final int MAX_WORD_CHARS = 256;

    private final NlpModels models;
    private final Language language;
    private final Duration limit;
    private final long deadline;
    private final WordSplits splits;
    private int longWords;
    private POSTaggerME tagger;
    private LemmatizerME lemmatizer;

    public DocumentAnalyzer(NlpModels models, Language language) {
        this(models, language, null, true);
    }

    /**
     * An analyzer that gives up with a {@link TimeLimitException} once {@code limit} has passed (never if null).
     * With {@code rememberWords} it shares what it learns of words with the run's other postings; without, it keeps
     * it to itself, so that nothing of a posting outlives its check.
     */
    public DocumentAnalyzer(NlpModels models, Language language, Duration limit, boolean rememberWords) {
        this.models = models;
        this.language = language;
        this.limit = limit;
        this.deadline = limit == null ? 0 : System.nanoTime() + limit.toNanos();
        this.splits = rememberWords ? models.wordSplits(language) : new WordSplits();
    }

    /** Whether what is learnt of words is shared with other postings (see the constructor). */
    public boolean remembersWords() {
        return splits == models.wordSplits(language);
    }

    /** Throws {@link TimeLimitException} when the posting's time is up. Cheap: called once per block. */
    public void checkTime() {
        if (limit != null && System.nanoTime() - deadline > 0) {
            throw new TimeLimitException(limit);
        }
    }

    public Language language() {
        return language;
    }

    /** The sentences of {@code text[start, end)}, one block; offsets are in {@code text}. */
    public List<Sentence> sentences(String text, int start, int end, int block) {
        checkTime();
        SentenceDetectorME sentenceDetector = models.sentenceDetector(language);
        String blockText = text.substring(start, end);
        List<Sentence> result = new ArrayList<>();
        int from = -1;
        int to = -1;
        for (opennlp.tools.util.Span s : sentenceDetector.sentPosDetect(blockText)) {
            int sFrom = start + s.getStart();
            int sTo = start + s.getEnd();
            if (from >= 0 && !continues(text, from, to, sFrom)) {
                add(result, text, from, to, block);
                from = -1;
            }
            from = from < 0 ? sFrom : from;
            to = sTo;
        }
        if (from >= 0) {
            add(result, text, from, to, block);
        }
        return result;
    }

    /**
     * Whether the detector split a sentence too early: after an abbreviation ("inkl.", "z. B.", "e.g.")
     * or before a word in lower case, which no sentence starts with.
     */
    private boolean continues(String text, int from, int to, int next) {
        int n = next;
        while (n < text.length() && Character.isWhitespace(text.charAt(n))) {
            n++;
        }
        if (n < text.length() && Character.isLowerCase(text.charAt(n))) {
            return true;
        }
        String previous = text.substring(from, to).stripTrailing();
        int space = Math.max(previous.lastIndexOf(' '), previous.lastIndexOf('('));
        String lastWord = previous.substring(space + 1).toLowerCase(Locale.ROOT);
        return ABBREVIATIONS.get(language).contains(lastWord);
    }

    private static void add(List<Sentence> result, String text, int from, int to, int block) {
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

    /** Tokens of a sentence; tags and lemmas follow on first use. */
    public AnalyzedSentence analyze(Sentence sentence) {
        String text = sentence.text();
        List<String> texts = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        int base = sentence.span().start();
        for (opennlp.tools.util.Span word : WhitespaceTokenizer.INSTANCE.tokenizePos(text)) {
            int start = word.getStart();
            int[] bounds;
            if (word.length() > MAX_WORD_CHARS) {
                longWords++;
                bounds = new int[] {0, word.length()};
            } else {
                bounds = word.length() < 2 ? new int[] {0, word.length()} : splits(text.substring(start, word.getEnd()));
            }
            for (int i = 0; i < bounds.length; i += 2) {
                texts.add(text.substring(start + bounds[i], start + bounds[i + 1]));
                spans.add(new Span(base + start + bounds[i], base + start + bounds[i + 1]));
            }
        }
        return new AnalyzedSentence(sentence, texts.toArray(String[]::new), spans.toArray(Span[]::new), this);
    }

    /** The tokens of one whitespace-separated word, as OpenNLP's tokenizer gives them for the whole sentence. */
    private int[] splits(String word) {
        WordSplits known = splits;
        int[] bounds = known.get(word);
        if (bounds == null) {
            opennlp.tools.util.Span[] tokens = models.tokenizer(language).tokenizePos(word);
            bounds = new int[tokens.length * 2];
            for (int i = 0; i < tokens.length; i++) {
                bounds[2 * i] = tokens[i].getStart();
                bounds[2 * i + 1] = tokens[i].getEnd();
            }
            known.put(word, bounds);
        }
        return bounds;
    }

    /** How many runs longer than {@link #MAX_WORD_CHARS} this document had, each read as one token. */
    public int longWords() {
        return longWords;
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
