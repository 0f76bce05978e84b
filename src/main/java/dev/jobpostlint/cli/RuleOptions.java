package dev.jobpostlint.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.jobpostlint.LinterOptions;
import dev.jobpostlint.nlp.Language;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The options that choose what a posting is checked with: its language and the user's rule folders. */
public final class RuleOptions {

    @Option(names = "--lang", paramLabel = "de|en", converter = LanguageConverter.class,
            description = "Take every posting to be in this language instead of detecting it.")
    Language language;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "A folder of rule files to add to the built-in rules (repeatable).")
    List<Path> ruleDirs = new ArrayList<>();

    /** Rejects a rule folder that does not exist, as a usage error of {@code commandLine}. */
    void validate(CommandLine commandLine) {
        for (Path dir : ruleDirs) {
            if (!Files.isDirectory(dir)) {
                throw new ParameterException(commandLine, "--rules: no such directory: " + dir);
            }
        }
    }

    LinterOptions applyTo(LinterOptions options) {
        return options.withLanguage(language).withRuleDirs(ruleDirs);
    }
}
