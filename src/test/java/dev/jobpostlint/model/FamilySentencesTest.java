package dev.jobpostlint.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.jobpostlint.extract.ExtractedText;
import dev.jobpostlint.extract.Extractor;
import dev.jobpostlint.nlp.DocumentAnalyzer;
import dev.jobpostlint.nlp.Language;
import dev.jobpostlint.nlp.NlpModels;
import dev.jobpostlint.rules.ModelVerdict;
import dev.jobpostlint.rules.RuleCatalog;
import dev.jobpostlint.rules.RuleEngine;
import dev.jobpostlint.rules.SentenceClassifier;

/**
 * The bundled model on sentences of the twelve families of wording the rules lagged behind, five requirements and
 * three hard negatives per family and language (src/test/resources/model/family-sentences.tsv). They were written
 * apart from the training corpus and are not in it; each stands as a bullet under a heading of its section.
 */
class FamilySentencesTest {

    private static final Path SENTENCES = Path.of("src/test/resources/model/family-sentences.tsv");
    private static final Map<String, String> HEADINGS_DE = Map.of("requirements", "## Dein Profil", "tasks",
            "## Deine Aufgaben", "application", "## Bewerbung", "benefits", "## Wir bieten", "about", "## Über uns");
    private static final Map<String, String> HEADINGS_EN = Map.of("requirements", "## What you bring", "tasks",
            "## What you'll do", "application", "## How to apply", "benefits", "## What we offer", "about",
            "## About us");

    private record Case(String family, Language language, String section, String expected, String text) {
    }

    private record Outcome(Case c, String got) {
        boolean right() {
            return got.equals(c.expected());
        }
    }

    private static List<Outcome> outcomes;

    @BeforeAll
    static void classify() throws Exception {
        TrainedModel model = TrainedModel.bundled();
        RuleEngine engine = new RuleEngine(RuleCatalog.load(List.of()));
        NlpModels models = new NlpModels();
        Extractor extractor = new Extractor(1 << 20);
        outcomes = new ArrayList<>();
        for (Case c : cases()) {
            String heading = (c.language() == Language.DE ? HEADINGS_DE : HEADINGS_EN).getOrDefault(c.section(), "");
            String posting = (heading.isEmpty() ? "" : heading + "\n\n") + "- " + c.text() + "\n";
            ExtractedText text = extractor.extract("posting.md", posting.getBytes(StandardCharsets.UTF_8));
            SentenceClassifier classifier = model.classifier(c.language());
            List<ModelVerdict> verdicts = new ArrayList<>();
            engine.start(new DocumentAnalyzer(models, c.language()), false, block -> {
                List<ModelVerdict> v = classifier.classify(block);
                verdicts.addAll(v);
                return v;
            }).check(text);
            String got = verdicts.stream().filter(ModelVerdict::flags)
                    .max(Comparator.comparingDouble(ModelVerdict::probability))
                    .map(ModelVerdict::category).orElse(TrainedModel.NONE);
            outcomes.add(new Outcome(c, got));
        }
    }

    private static List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        List<String> lines = Files.readAllLines(SENTENCES, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            String text = f[5].isEmpty() ? f[4] : f[4] + " " + f[5];
            cases.add(new Case(f[0], Language.fromCode(f[1]).orElseThrow(), f[2], f[3], text));
        }
        return cases;
    }

    @Test
    void classifiesNineInTenOfAllSentences() {
        long right = outcomes.stream().filter(Outcome::right).count();
        assertThat(outcomes).hasSize(192);
        assertThat(right).as(misses()).isGreaterThanOrEqualTo(173);
    }

    @Test
    void classifiesMostSentencesOfEveryFamily() {
        Map<String, int[]> byFamily = new TreeMap<>();
        for (Outcome o : outcomes) {
            int[] counts = byFamily.computeIfAbsent(o.c().family(), f -> new int[2]);
            counts[0]++;
            counts[1] += o.right() ? 1 : 0;
        }
        byFamily.forEach((family, counts) -> assertThat(counts[1]).as("family %s: %d of %d right%n%s", family,
                counts[1], counts[0], misses()).isGreaterThanOrEqualTo(counts[0] * 2 / 3));
    }

    @Test
    void readsAQuestionTogetherWithItsAnswer() {
        assertThat(outcomes.stream().filter(o -> o.c().family().equals("12") && !o.right()).toList())
                .as("family 12: 'On camera now and then? Great, but not required.'").isEmpty();
    }

    private static String misses() {
        StringBuilder out = new StringBuilder();
        outcomes.stream().filter(o -> !o.right()).forEach(o -> out.append(String.format("  family %s %s: expected %s, "
                + "got %s: %s%n", o.c().family(), o.c().language().code(), o.c().expected(), o.got(), o.c().text())));
        return out.toString();
    }
}
