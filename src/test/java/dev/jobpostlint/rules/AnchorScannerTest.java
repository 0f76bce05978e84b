package dev.jobpostlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.jobpostlint.nlp.Language;

/** The one-pass scanner finds exactly what {@code toLowerCase(Locale.ROOT).contains(s)} finds. */
class AnchorScannerTest {

    private static List<String> found(AnchorScanner scanner, List<String> strings, String text) {
        List<String> out = new ArrayList<>();
        for (int id : scanner.scan(text, 0, text.length())) {
            out.add(strings.get(id));
        }
        return out.stream().sorted(Comparator.comparingInt(strings::indexOf)).toList();
    }

    private static List<String> contained(List<String> strings, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return strings.stream().filter(lower::contains).toList();
    }

    @Test
    void findsOverlappingAndNestedStrings() {
        List<String> strings = List.of("follower", "followers", "low", "er", "ers", "she", "he", "hers");
        AnchorScanner scanner = new AnchorScanner(strings);

        assertThat(found(scanner, strings, "Ushers have FOLLOWERS")).containsExactlyInAnyOrderElementsOf(
                contained(strings, "Ushers have FOLLOWERS"));
        assertThat(found(scanner, strings, "Ushers have FOLLOWERS"))
                .containsExactlyInAnyOrder("follower", "followers", "low", "er", "ers", "she", "he", "hers");
        assertThat(found(scanner, strings, "nothing at all")).isEmpty();
    }

    @Test
    void scansOnlyTheGivenRange() {
        List<String> strings = List.of("tiktok", "reach");
        AnchorScanner scanner = new AnchorScanner(strings);
        String text = "TikTok: grow our reach";

        assertThat(scanner.scan(text, 8, text.length())).containsExactly(1);
    }

    @Test
    void anEmptyStringIsInEveryText() {
        List<String> strings = List.of("", "x");
        assertThat(found(new AnchorScanner(strings), strings, "")).containsExactly("");
    }

    @Test
    void lowerCasesLikeTheRootLocale() {
        List<String> strings = List.of("größe", "i\u0307nstagram", "instagram", "école");
        AnchorScanner scanner = new AnchorScanner(strings);
        for (String text : List.of("GRÖSSE und GRÖßE", "\u0130NSTAGRAM", "ÉCOLE", "Instagram")) {
            assertThat(found(scanner, strings, text)).as(text).containsExactlyElementsOf(contained(strings, text));
        }
    }

    @Test
    void agreesWithContainsOnRandomTexts() {
        Random random = new Random(7);
        String alphabet = "abcAB Ää-1.";
        List<String> strings = new ArrayList<>(randomStrings(random, alphabet.toLowerCase(Locale.ROOT), 60, 4));
        AnchorScanner scanner = new AnchorScanner(strings);
        for (int n = 0; n < 2_000; n++) {
            String text = randomStrings(random, alphabet, 1, 40).iterator().next();
            assertThat(found(scanner, strings, text)).as(text).containsExactlyElementsOf(contained(strings, text));
        }
    }

    /** Every anchor of the real catalogue, over every line of the example postings and the test corpora. */
    @Test
    void agreesWithContainsOnTheCatalogueAndRealPostings() throws IOException, RuleFileException {
        RuleCatalog catalog = RuleCatalog.load(List.of());
        List<String> lines = new ArrayList<>();
        for (Path dir : List.of(Path.of("examples"), Path.of("src/test/resources/corpus"))) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".md")).toList()) {
                    lines.addAll(Files.readAllLines(f));
                }
            }
        }
        assertThat(lines).hasSizeGreaterThan(200);
        for (Language language : Language.values()) {
            Set<String> anchors = new LinkedHashSet<>();
            for (Rule rule : catalog.rules(language)) {
                for (MatchSpec.PatternEntry p : rule.match().patterns()) {
                    p.pattern().requiredAnchors(catalog.lexicon(language)).forEach(anchors::addAll);
                }
            }
            List<String> strings = List.copyOf(anchors);
            AnchorScanner scanner = new AnchorScanner(strings);
            int hits = 0;
            for (String line : lines) {
                List<String> expected = contained(strings, line);
                assertThat(found(scanner, strings, line)).as(line).containsExactlyElementsOf(expected);
                hits += expected.size();
            }
            assertThat(hits).as("anchors found in %s", language).isGreaterThan(100);
        }
    }

    private static Set<String> randomStrings(Random random, String alphabet, int count, int maxLength) {
        Set<String> out = new LinkedHashSet<>();
        while (out.size() < count) {
            StringBuilder b = new StringBuilder();
            int length = 1 + random.nextInt(maxLength);
            for (int i = 0; i < length; i++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            out.add(b.toString());
        }
        return out;
    }
}
