package dev.jobpostlint.cli;

import static dev.jobpostlint.testing.OneLineMessages.assertOneLine;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.jobpostlint.rules.RuleCatalog;
import dev.jobpostlint.rules.RuleFileException;
import dev.jobpostlint.testing.RepositoryFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Any text as a {@code .jobpost-lint.yml}: it is read, its rule ids checked against the built-in rules and its globs
 * matched, or it is refused with a {@link ConfigException} of one line.
 */
class ProjectConfigFuzzTest {

    private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL);

    private static final RuleCatalog BUILT_IN_RULES = builtInRules();

    /** Where the config stands: a folder with the rule folder the README's example names. */
    private static final Path CONFIG = configFile();

    private static Path configFile() {
        Path dir = Path.of("target", "fuzz", "project-config");
        try {
            Files.createDirectories(dir.resolve("company-rules"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir.resolve(".jobpost-lint.yml");
    }

    private static RuleCatalog builtInRules() {
        try {
            return RuleCatalog.load(List.of());
        } catch (RuleFileException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The YAML of the README (the config example among them) and a few configs as the tests write them. */
    static Stream<byte[]> configs() {
        String readme = new String(RepositoryFiles.read(Path.of("README.md")), StandardCharsets.UTF_8);
        Stream.Builder<String> configs = Stream.builder();
        Matcher block = YAML_BLOCK.matcher(readme);
        while (block.find()) {
            configs.add(block.group(1));
        }
        configs.add("include: [\"postings/**\"]\nexclude:\n  - drafts/\nfail-on: error\nlanguage: de\n"
                + "severity:\n  follower-count: error\ndisable: [on-camera-persona]\n");
        configs.add("\n\nseverity:\n  follower-count: loud\n");
        configs.add("exclude: [\"**/archive-*\", \"[a-z]?.md\"]\nlanguage: en\nfail-on: never\n");
        return configs.build().map(yaml -> yaml.getBytes(StandardCharsets.UTF_8));
    }

    @MethodSource("configs")
    @FuzzTest(maxDuration = "5s")
    void readsAConfigOrRefusesItWithOneLine(byte[] input) {
        try {
            ProjectConfig config = ProjectConfig.parse(CONFIG, new String(input, StandardCharsets.UTF_8));
            config.checkRuleIds(BUILT_IN_RULES);
            config.selects(CONFIG.resolveSibling("postings/de/stelle.md"));
        } catch (ConfigException e) {
            assertOneLine(e);
        }
    }
}
