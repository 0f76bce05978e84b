package dev.jobpostlint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import dev.jobpostlint.LintResult;
import dev.jobpostlint.Linter;
import dev.jobpostlint.corpus.Labels;
import dev.jobpostlint.eval.CorpusScorer;
import dev.jobpostlint.eval.Scores;
import dev.jobpostlint.eval.ScoresWriter;
import dev.jobpostlint.model.CrossValidation;
import dev.jobpostlint.model.ModelFileException;
import dev.jobpostlint.model.TrainedModel;
import dev.jobpostlint.model.Trainer;
import dev.jobpostlint.nlp.NlpModels;
import dev.jobpostlint.report.OneLine;
import dev.jobpostlint.rules.RuleFileException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code eval CORPUS_DIR}: scores the rules against a labelled corpus. */
@Command(name = "eval", sortOptions = false,
        description = "Score the rules and the model against a labelled corpus (docs/*.md and labels.json): "
                + "precision, recall and F1 per language and category, which source found what, then every false "
                + "positive and false negative, and the rule findings the model doubts.")
final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "CORPUS_DIR", description = "A folder with docs/ and labels.json.")
    Path corpus;

    @Option(names = "--min-precision", paramLabel = "P", description = "Exit 1 if overall precision is below P.")
    Double minPrecision;

    @Option(names = "--min-recall", paramLabel = "R", description = "Exit 1 if overall recall is below R.")
    Double minRecall;

    @Option(names = "--cross-validate", description = "Also cross-validate the classifier on this corpus: train "
            + "on all folds but one, score the one left out, for each fold (slow: one training per fold).")
    boolean crossValidate;

    @Option(names = "--folds", paramLabel = "K", defaultValue = "10",
            description = "Folds of --cross-validate (default: ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: text).")
    RulesCommand.Format format;

    @Override
    public Integer call() {
        common.validate();
        checkBound("--min-precision", minPrecision);
        checkBound("--min-recall", minRecall);
        if (folds < 2) {
            throw new ParameterException(spec.commandLine(), "--folds must be at least 2, not " + folds);
        }
        PrintWriter err = spec.commandLine().getErr();
        Path labelsFile = corpus.resolve("labels.json");
        Path docs = corpus.resolve("docs");
        if (!Files.isRegularFile(labelsFile) || !Files.isDirectory(docs)) {
            err.println(Version.NAME + ": " + corpus + ": not a corpus (needs docs/ and labels.json)");
            return ExitCodes.INPUT_ERROR;
        }
        Labels labels;
        try {
            labels = Labels.read(labelsFile);
        } catch (IOException e) {
            err.println(Version.NAME + ": " + labelsFile + ": " + OneLine.of(e.getMessage()));
            return ExitCodes.INPUT_ERROR;
        }
        Linter linter;
        try {
            linter = common.createLinter();
        } catch (RuleFileException | ModelFileException e) {
            err.println(OneLine.of(e.getMessage()));
            return ExitCodes.RULE_FILE_ERROR;
        }
        PrintWriter verbose = common.verbose ? err : null;
        List<Input> inputs = new InputCollector(verbose).collect(List.of(docs.toString()));
        List<LintResult> results = new BatchLinter(linter, main.environment().stdin(), verbose).run(inputs);
        for (LintResult r : results) {
            if (r.isError()) {
                err.println(OneLine.name(r.path()) + ": error: " + OneLine.of(r.error()));
            } else if (r.notice() != null && verbose != null) {
                err.println(OneLine.name(r.path()) + ": note: " + OneLine.of(r.notice()));
            }
        }
        Scores scores = new CorpusScorer(labels).score(results);
        CrossValidation cv = null;
        if (crossValidate) {
            try {
                Trainer.Settings settings = Trainer.DEFAULTS.withThreshold(
                        linter.model().map(TrainedModel::threshold).orElse(Trainer.DEFAULTS.threshold()));
                cv = CrossValidation.run(new Trainer(linter.catalog(), new NlpModels()), corpus, settings, folds);
            } catch (IOException e) {
                err.println(Version.NAME + ": " + corpus + ": " + OneLine.of(e.getMessage()));
                return ExitCodes.INPUT_ERROR;
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == RulesCommand.Format.JSON) {
            ScoresWriter.writeJson(scores, cv, out);
        } else {
            ScoresWriter.writeText(scores, out);
            if (cv != null) {
                ScoresWriter.writeText(cv, out);
            }
        }
        if (results.stream().anyMatch(LintResult::isError)) {
            return ExitCodes.INPUT_ERROR;
        }
        boolean missed = minPrecision != null && scores.overall().precision() < minPrecision
                || minRecall != null && scores.overall().recall() < minRecall
                || !scores.missingDocs().isEmpty();
        return missed ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private void checkBound(String name, Double value) {
        if (value != null && (value.isNaN() || value < 0 || value > 1)) {
            throw new ParameterException(spec.commandLine(), name + " must be between 0 and 1, not " + value);
        }
    }
}
