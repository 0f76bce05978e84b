package dev.jobpostlint.rules;

import static dev.jobpostlint.testing.OneLineMessages.assertOneLine;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.jobpostlint.testing.RepositoryFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Any text as a user's rule file, and as a lexicon: it is loaded, or refused with a {@link RuleFileException} of one
 * line. A rule is loaded as from a folder of no language, against the built-in English lexicon.
 */
class RuleFileFuzzTest {

    private static final Lexicon LEXICON = builtInLexicon();

    private static Lexicon builtInLexicon() {
        Path file = Path.of("rules", "en", RuleCatalog.LEXICON_FILE);
        String content = new String(RepositoryFiles.read(file), StandardCharsets.UTF_8);
        try {
            return RuleFileLoader.loadLexicon(RuleFileLoader.parse(file.toString(), content));
        } catch (RuleFileException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<byte[]> ruleFiles() {
        return RepositoryFiles.under("rules").stream()
                .filter(file -> RepositoryFiles.extension(file).equals("yml"))
                .map(RepositoryFiles::read);
    }

    @MethodSource("ruleFiles")
    @FuzzTest(maxDuration = "5s")
    void loadsARuleOrALexiconOrRefusesThemWithOneLine(byte[] input) {
        YamlFile<RuleFileException> yaml;
        try {
            yaml = RuleFileLoader.parse("rules/fuzz.yml", new String(input, StandardCharsets.UTF_8));
        } catch (RuleFileException e) {
            assertOneLine(e);
            return;
        }
        try {
            RuleFileLoader.loadRule(yaml, null, LEXICON);
        } catch (RuleFileException e) {
            assertOneLine(e);
        }
        try {
            RuleFileLoader.loadLexicon(yaml);
        } catch (RuleFileException e) {
            assertOneLine(e);
        }
    }
}
