package dev.jobpostlint.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import dev.jobpostlint.model.TrainedModel;
import dev.jobpostlint.model.Trainer;
import dev.jobpostlint.nlp.NlpModels;
import dev.jobpostlint.report.OneLine;
import dev.jobpostlint.rules.RuleCatalog;
import dev.jobpostlint.rules.RuleFileException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code train CORPUS_DIR -o FILE}: trains a sentence classifier on a team's own labelled postings. */
@Command(name = "train", sortOptions = false,
        description = "Train the sentence classifier on a labelled corpus (docs/*.md and labels.json, as for "
                + "`eval`) and write the model; use it with `check --model FILE`.")
final class TrainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CORPUS_DIR", description = "A folder with docs/ and labels.json.")
    Path corpus;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "Where to write the model.")
    Path output;

    @Option(names = "--threshold", paramLabel = "P",
            description = "Flag a sentence when a category gets at least this probability (default: the bundled "
                    + "model's, ${DEFAULT-VALUE}).")
    double threshold = Trainer.DEFAULTS.threshold();

    @Option(names = "--algorithm", paramLabel = "NAME",
            description = "MAXENT_QN (default), MAXENT or PERCEPTRON.")
    String algorithm = Trainer.DEFAULTS.algorithm();

    @Option(names = "--iterations", paramLabel = "N", description = "At most this many passes (default: ${DEFAULT-VALUE}).")
    int iterations = Trainer.DEFAULTS.iterations();

    @Option(names = "--cutoff", paramLabel = "N",
            description = "Leave out features seen in fewer sentences (default: ${DEFAULT-VALUE}).")
    int cutoff = Trainer.DEFAULTS.cutoff();

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Override
    public Integer call() {
        Trainer.Settings settings;
        try {
            settings = new Trainer.Settings(algorithm.toUpperCase(Locale.ROOT), iterations, cutoff, threshold);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        long started = System.nanoTime();
        TrainedModel model;
        try {
            model = new Trainer(RuleCatalog.load(List.of()), new NlpModels()).train(corpus, settings);
        } catch (IOException e) {
            err.println(Version.NAME + ": " + OneLine.of(e.getMessage()));
            return ExitCodes.INPUT_ERROR;
        } catch (RuleFileException e) {
            err.println(OneLine.of(e.getMessage()));
            return ExitCodes.RULE_FILE_ERROR;
        }
        try (OutputStream out = Files.newOutputStream(output)) {
            model.write(out);
        } catch (IOException e) {
            err.println(Version.NAME + ": " + output + ": cannot write: " + OneLine.of(e.getMessage()));
            return ExitCodes.INPUT_ERROR;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%s: trained on %d postings, %s sentences in %.1f s (%s, threshold %s)%n", output,
                model.info().documents(), model.info().sentences(), (System.nanoTime() - started) / 1e9,
                settings.algorithm(), settings.threshold());
        out.flush();
        return ExitCodes.OK;
    }
}
