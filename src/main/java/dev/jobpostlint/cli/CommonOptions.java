package dev.jobpostlint.cli;

import java.time.Duration;

import dev.jobpostlint.Linter;
import dev.jobpostlint.LinterOptions;
import dev.jobpostlint.model.ModelFileException;
import dev.jobpostlint.rules.RuleFileException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Options every command shares: language, user rules, input size, output noise. */
public final class CommonOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec mixee;

    @Mixin
    RuleOptions rules = new RuleOptions();

    @Option(names = "--max-file-size", paramLabel = "SIZE", converter = DataSizeConverter.class,
            defaultValue = "20MB", description = "Report larger HTML, PDF, DOCX and other documents, and larger "
            + "standard input, as too large instead of reading them: they are read whole (default: ${DEFAULT-VALUE}).")
    long maxFileBytes;

    @Option(names = "--max-text-size", paramLabel = "SIZE", converter = DataSizeConverter.class,
            defaultValue = "100MB", description = "Report larger Markdown and plain-text files as too large: they are "
            + "read in windows, so memory stays flat, but time grows with their size (default: ${DEFAULT-VALUE}).")
    long maxTextBytes;

    @Option(names = "--max-time", paramLabel = "TIME", converter = DurationConverter.class, defaultValue = "120s",
            description = "Report a posting that takes longer as such and go on with the others (default: "
                    + "${DEFAULT-VALUE}; a posting takes milliseconds, a 50 MB export read in windows about a minute).")
    Duration maxTime;

    @Option(names = "--max-findings", paramLabel = "N", defaultValue = "10000", description = "Stop checking a file "
            + "once it has this many findings, with a notice (default: ${DEFAULT-VALUE}; a posting has a handful).")
    int maxFindings;

    @Option(names = "--no-color", description = "No colours, even on a terminal (also: NO_COLOR set).")
    boolean noColor;

    @Option(names = {"-v", "--verbose"}, description = "Say what is skipped and how long it took; stack traces "
            + "for internal errors.")
    boolean verbose;

    @Option(names = {"-q", "--quiet"}, description = "Only findings and errors: no notes, no summary.")
    boolean quiet;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    /** Rejects combinations the parser cannot see. */
    void validate() {
        if (verbose && quiet) {
            throw new ParameterException(mixee.commandLine(), "--verbose and --quiet cannot be used together");
        }
        if (maxFindings < 1) {
            throw new ParameterException(mixee.commandLine(), "--max-findings must be at least 1");
        }
        rules.validate(mixee.commandLine());
    }

    LinterOptions linterOptions() {
        return rules.applyTo(LinterOptions.defaults())
                .withMaxFileBytes(maxFileBytes)
                .withMaxTextBytes(maxTextBytes)
                .withMaxTimePerPosting(maxTime)
                .withMaxFindings(maxFindings);
    }

    Linter createLinter() throws RuleFileException, ModelFileException {
        return Linter.create(linterOptions());
    }

    /** Colour only for a terminal, and never when switched off by option or NO_COLOR. */
    boolean color(Environment env, boolean writingToStdout) {
        return writingToStdout && env.stdoutIsTerminal() && !noColor && !env.noColorRequested();
    }
}
