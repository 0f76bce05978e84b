package dev.jobpostlint.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.jobpostlint.LinterOptions;
import dev.jobpostlint.ModelChoice;
import dev.jobpostlint.nlp.Language;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options that choose what a posting is checked with: its language, the user's rule folders and the trained
 * model beside the rules.
 */
public final class RuleOptions {

    @Option(names = "--lang", paramLabel = "de|en", converter = LanguageConverter.class,
            description = "Take every posting to be in this language instead of detecting it.")
    Language language;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "A folder of rule files to add to the built-in rules (repeatable).")
    List<Path> ruleDirs = new ArrayList<>();

    @Option(names = "--model", paramLabel = "FILE",
            description = "Use this model (made by `train`) instead of the bundled one.")
    Path model;

    @Option(names = "--no-model", description = "Run the rules alone, without the trained model.")
    boolean noModel;

    @Option(names = "--model-threshold", paramLabel = "P",
            description = "Flag a sentence when the model gives a category at least this probability "
                    + "(default: the threshold stored in the model).")
    Double modelThreshold;

    /** Rejects a rule folder that does not exist and contradicting model options, as usage errors of {@code commandLine}. */
    void validate(CommandLine commandLine) {
        for (Path dir : ruleDirs) {
            if (!Files.isDirectory(dir)) {
                throw new ParameterException(commandLine, "--rules: no such directory: " + dir);
            }
        }
        if (noModel && (model != null || modelThreshold != null)) {
            throw new ParameterException(commandLine, "--no-model cannot be used with --model or --model-threshold");
        }
        if (modelThreshold != null && !(modelThreshold > 0 && modelThreshold <= 1)) {
            throw new ParameterException(commandLine, "--model-threshold must be above 0 and at most 1, not " + modelThreshold);
        }
    }

    LinterOptions applyTo(LinterOptions options) {
        ModelChoice choice = noModel ? ModelChoice.OFF : new ModelChoice(true, model, modelThreshold);
        return options.withLanguage(language).withRuleDirs(ruleDirs).withModel(choice);
    }
}
