package dev.jobpostlint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import dev.jobpostlint.LintResult;
import dev.jobpostlint.Linter;
import dev.jobpostlint.model.ModelFileException;
import dev.jobpostlint.report.OneLine;
import dev.jobpostlint.report.OutputFormat;
import dev.jobpostlint.report.ReportOptions;
import dev.jobpostlint.rules.RuleFileException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code check}: lints postings and reports the findings. */
@Command(name = "check", sortOptions = false,
        description = "Check job postings (files, directories, - for standard input) for influencer-style "
                + "requirements.")
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "PATHS", arity = "0..*",
            description = "Postings to check: files, directories (walked recursively) or - for standard input.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format: ${COMPLETION-CANDIDATES} (default: text).")
    OutputFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE.")
    Path output;

    @Option(names = "--fail-on", paramLabel = "SEVERITY",
            description = "Exit 1 when a finding is at least this severe: ${COMPLETION-CANDIDATES} "
                    + "(default: fail-on of the config file, else warning).")
    FailOn failOn;

    @Mixin
    CiOptions ci;

    // For the benchmark and the equal-results test: the slow path that analyses every sentence fully.
    @Option(names = "--naive", hidden = true)
    boolean naive;

    @Override
    public Integer call() {
        common.validate();
        PrintWriter err = spec.commandLine().getErr();
        ProjectConfig config;
        try {
            config = ci.config();
        } catch (ConfigException e) {
            err.println(Version.NAME + ": " + e.getMessage());
            return ExitCodes.CONFIG_ERROR;
        }
        if (paths.isEmpty() && !ci.checksRepository(config)) {
            throw new ParameterException(spec.commandLine(),
                    "no input: give files, directories or - for standard input");
        }
        List<String> targets = paths.isEmpty() ? List.of(".") : paths;
        PrintWriter verbose = common.verbose ? err : null;
        Linter linter;
        try {
            linter = Linter.create(ci.linterOptions(common.linterOptions(), config));
            ci.checkRuleIds(config, linter.catalog());
        } catch (RuleFileException | ModelFileException e) {
            err.println(OneLine.of(e.getMessage()));
            return ExitCodes.RULE_FILE_ERROR;
        } catch (ConfigException e) {
            err.println(Version.NAME + ": " + e.getMessage());
            return ExitCodes.CONFIG_ERROR;
        }
        long started = System.nanoTime();
        List<Input> inputs;
        try {
            inputs = ci.select(new InputCollector(verbose).collect(targets), targets, config, verbose);
        } catch (CiOptions.CiException e) {
            err.println(Version.NAME + ": " + e.getMessage());
            return ExitCodes.INPUT_ERROR;
        }
        String clash = reportOverwritingAnInput(inputs);
        if (clash != null) {
            err.println(Version.NAME + ": " + clash + " is also a posting to check; write the report to another file");
            return ExitCodes.INPUT_ERROR;
        }
        BatchLinter batch = new BatchLinter(linter, main.environment().stdin(), verbose, naive);
        if (main.environment().stderrIsTerminal()) {
            batch.withProgress(err);
        }
        if (format.showsPostingText()) {
            batch.keepingTexts();
        }
        List<LintResult> results = batch.run(inputs);
        try {
            results = ci.applyBaseline(results, err);
        } catch (CiOptions.CiException e) {
            err.println(Version.NAME + ": " + e.getMessage());
            return ExitCodes.INPUT_ERROR;
        }

        boolean toStdout = output == null;
        ReportOptions options = new ReportOptions(Version.current(), common.color(main.environment(), toStdout),
                common.quiet, linter.catalog());
        if (toStdout) {
            format.create(options).write(results, spec.commandLine().getOut());
        } else if (!writeFile(results, options, err)) {
            return ExitCodes.INPUT_ERROR;
        }
        if (!toStdout || format != OutputFormat.TEXT) {
            // The report does not show unreadable inputs to the person at the terminal; say it here.
            results.stream().filter(LintResult::isError)
                    .forEach(r -> err.println(OneLine.name(r.path()) + ": error: " + OneLine.of(r.error())));
        }
        if (!ci.writeExtras(results, options, format, main.environment(), err)) {
            return ExitCodes.INPUT_ERROR;
        }
        if (verbose != null) {
            verbose.printf("jobpost-lint: checked %d input(s) in %d ms%n", results.size(),
                    (System.nanoTime() - started) / 1_000_000);
        }
        err.flush();
        return ci.exitCode(results, failOn, config);
    }

    /** The option and file of a report that would replace one of the inputs, or null. */
    private String reportOverwritingAnInput(List<Input> inputs) {
        Map<String, Path> reports = new LinkedHashMap<>();
        reports.put("-o", output);
        reports.put("--sarif-file", ci.sarifFile);
        reports.put("--write-baseline", ci.writeBaseline);
        for (Map.Entry<String, Path> report : reports.entrySet()) {
            if (report.getValue() == null || !Files.exists(report.getValue())) {
                continue;
            }
            for (Input input : inputs) {
                if (input instanceof Input.File file && sameFile(file.path(), report.getValue())) {
                    return report.getKey() + " " + report.getValue();
                }
            }
        }
        return null;
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private boolean writeFile(List<LintResult> results, ReportOptions options, PrintWriter err) {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(output, StandardCharsets.UTF_8))) {
            format.create(options).write(results, out);
            if (out.checkError()) {
                throw new IOException("write failed");
            }
            return true;
        } catch (IOException e) {
            err.println(Version.NAME + ": cannot write " + output + ": " + InputCollector.reason(e));
            return false;
        }
    }
}
