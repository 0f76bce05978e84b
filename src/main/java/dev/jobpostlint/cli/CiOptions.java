package dev.jobpostlint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.jobpostlint.LintResult;
import dev.jobpostlint.LinterOptions;
import dev.jobpostlint.report.OutputFormat;
import dev.jobpostlint.report.ReportOptions;
import dev.jobpostlint.report.StepSummary;
import dev.jobpostlint.rules.RuleCatalog;
import picocli.CommandLine.Option;

/**
 * The options of {@code check} for checking a repository in CI: the config file, changed files only, a baseline,
 * a SARIF file beside the main report, and the GitHub job summary. Kept apart from {@link CheckCommand} so the
 * command stays a short pipeline.
 */
final class CiOptions {

    /** A config, baseline or git problem that stops the run before any posting is checked. */
    static final class CiException extends Exception {
        CiException(String message) {
            super(message);
        }
    }

    @Option(names = "--config", paramLabel = "FILE",
            description = "Settings file to use instead of the .jobpost-lint.yml found in the working directory "
                    + "or a parent.")
    Path configFile;

    @Option(names = "--no-config", description = "Ignore .jobpost-lint.yml files.")
    boolean noConfig;

    @Option(names = "--changed-since", paramLabel = "REF",
            description = "Check only files added, modified or renamed since git REF (from its merge base with "
                    + "HEAD to the working tree, untracked files included).")
    String changedSince;

    @Option(names = "--baseline", paramLabel = "FILE", description = "Report only findings not recorded in FILE.")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "Record the findings of this run in FILE and exit 0 (unless an input could not be read).")
    Path writeBaseline;

    @Option(names = "--sarif-file", paramLabel = "FILE", description = "Also write a SARIF 2.1.0 log to FILE.")
    Path sarifFile;

    /** The explicit config file, else the nearest one, else null. */
    ProjectConfig config() throws ConfigException {
        if (configFile != null) {
            if (!Files.isRegularFile(configFile)) {
                throw new ConfigException(configFile.toString(), 1, "no such config file");
            }
            return ProjectConfig.load(configFile);
        }
        if (noConfig) {
            return null;
        }
        Path found = ProjectConfig.find(Path.of(""));
        return found == null ? null : ProjectConfig.load(found);
    }

    /** Without paths, a run with a config file or {@code --changed-since} checks the working directory. */
    boolean checksRepository(ProjectConfig config) {
        return config != null || changedSince != null;
    }

    /** The command line wins over the config file; rule folders of both are used. */
    LinterOptions linterOptions(LinterOptions fromCommandLine, ProjectConfig config) {
        if (config == null) {
            return fromCommandLine;
        }
        List<Path> dirs = new ArrayList<>(config.ruleDirs());
        dirs.addAll(fromCommandLine.ruleDirs());
        return fromCommandLine
                .withLanguage(fromCommandLine.language() != null ? fromCommandLine.language() : config.language())
                .withRuleDirs(dirs)
                .withSeverities(config.severities())
                .withDisabledRules(new LinkedHashSet<>(config.disabled()));
    }

    void checkRuleIds(ProjectConfig config, RuleCatalog catalog) throws ConfigException {
        if (config != null) {
            config.checkRuleIds(catalog);
        }
    }

    List<Input> select(List<Input> inputs, List<String> targets, ProjectConfig config, PrintWriter verbose)
            throws CiException {
        Set<Path> changed;
        try {
            changed = CiFilters.changed(changedSince, targets);
        } catch (IOException e) {
            throw new CiException("--changed-since " + changedSince + ": " + e.getMessage());
        }
        List<Input> selected = CiFilters.select(inputs, config, changed);
        if (verbose != null && selected.size() != inputs.size()) {
            verbose.printf("jobpost-lint: %d of %d file(s) selected by the config file and --changed-since%n",
                    selected.size(), inputs.size());
        }
        return selected;
    }

    List<LintResult> applyBaseline(List<LintResult> results, PrintWriter err) throws CiException {
        if (baseline == null || writeBaseline != null) {
            // rewriting a baseline records every finding, the old ones included
            return results;
        }
        try {
            return Baseline.read(baseline).filter(results);
        } catch (IOException e) {
            throw new CiException("--baseline " + baseline + ": " + InputCollector.reason(e));
        }
    }

    /** Writes the baseline, the SARIF file and the job summary that were asked for; false if one failed. */
    boolean writeExtras(List<LintResult> results, ReportOptions options, OutputFormat format,
                        Environment env, PrintWriter err) {
        try {
            if (writeBaseline != null) {
                int n = Baseline.write(writeBaseline, results);
                err.println(Version.NAME + ": recorded " + n + " finding(s) in " + writeBaseline);
            }
            if (sarifFile != null) {
                try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(sarifFile, StandardCharsets.UTF_8))) {
                    OutputFormat.SARIF.create(options).write(results, out);
                }
            }
            String summary = env.variables().get("GITHUB_STEP_SUMMARY");
            if (format == OutputFormat.GITHUB && summary != null && !summary.isBlank()) {
                Files.writeString(Path.of(summary), StepSummary.markdown(results), StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
            return true;
        } catch (IOException e) {
            err.println(Version.NAME + ": cannot write " + e.getMessage());
            return false;
        }
    }

    int exitCode(List<LintResult> results, FailOn failOn, ProjectConfig config) {
        if (writeBaseline != null) {
            return results.stream().anyMatch(LintResult::isError) ? ExitCodes.INPUT_ERROR : ExitCodes.OK;
        }
        FailOn threshold = failOn != null ? failOn
                : config != null && config.failOn() != null ? config.failOn() : FailOn.WARNING;
        return ExitCodes.forCheck(results, threshold);
    }
}
