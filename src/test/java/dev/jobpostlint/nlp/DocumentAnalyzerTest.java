package dev.jobpostlint.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import opennlp.tools.tokenize.TokenizerME;

/** Sentence analysis with the real models, on the example postings and the test corpora. */
class DocumentAnalyzerTest {

    private static final NlpModels MODELS = new NlpModels();

    /** The Markdown postings in a language: examples/de, corpus/held-de and so on. */
    private static List<String> postings(String code) throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path dir : List.of(Path.of("examples"), Path.of("src/test/resources/corpus"))) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".md")
                        && p.getParent().toString().matches(".*\\b" + code + "\\b.*")).sorted().toList()) {
                    texts.add(Files.readString(f));
                }
            }
        }
        return texts;
    }

    /** Remembered word splits give the tokens OpenNLP's tokenizer gives for the whole sentence. */
    @Test
    void tokensAreThoseOfTheTokenizerOnTheWholeSentence() throws IOException {
        for (Language language : Language.values()) {
            List<String> postings = postings(language.code());
            assertThat(postings).as(language.code()).hasSizeGreaterThanOrEqualTo(3);
            TokenizerME tokenizer = new TokenizerME(MODELS.tokenizerModel(language));
            int compared = 0;
            for (int round = 0; round < 2; round++) {
                DocumentAnalyzer analyzer = new DocumentAnalyzer(MODELS, language);
                for (String posting : postings) {
                    for (Sentence sentence : analyzer.sentences(posting, 0, posting.length(), 0)) {
                        AnalyzedSentence analyzed = analyzer.analyze(sentence);
                        opennlp.tools.util.Span[] expected = tokenizer.tokenizePos(sentence.text());
                        assertThat(analyzed.size()).as(sentence.text()).isEqualTo(expected.length);
                        int base = sentence.span().start();
                        for (int i = 0; i < expected.length; i++) {
                            assertThat(analyzed.span(i)).as(sentence.text())
                                    .isEqualTo(new Span(base + expected[i].getStart(), base + expected[i].getEnd()));
                            assertThat(analyzed.text(i)).isEqualTo(expected[i].getCoveredText(sentence.text()).toString());
                        }
                        compared += expected.length;
                    }
                }
            }
            assertThat(compared).as("tokens compared in %s", language.code()).isGreaterThan(2_000);
        }
    }
}
