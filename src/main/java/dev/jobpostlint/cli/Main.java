package dev.jobpostlint.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

import dev.jobpostlint.report.OneLine;

/** The {@code jobpost-lint} command: subcommands {@code check}, {@code rules}, {@code explain}, {@code eval}, {@code serve}. */
@Command(name = Version.NAME, mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Finds influencer-style requirements in job postings and suggests competency-based wording.")
public final class Main implements Callable<Integer> {

    /**
     * The subcommands in the order the usage lists them. picocli reads a command's annotations when it is added
     * (for the four a check does not run, 30 ms of a cold start), so a run adds only the one it runs.
     */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    @Spec
    CommandSpec spec;

    private final Environment environment;

    public Main() {
        this(Environment.system());
    }

    public Main(Environment environment) {
        this.environment = environment;
    }

    Environment environment() {
        return environment;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    public static void main(String[] args) {
        // a report of thousands of lines is written at once, not flushed line by line; errors are flushed at once
        CommandLine cli = commandLine(Environment.system(), args)
                .setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false))
                .setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        int exitCode = cli.execute(args);
        cli.getOut().flush();
        System.exit(exitCode);
    }

    /**
     * The command line to run {@code args}, with the handlers that keep usage errors and bugs to one line each.
     * When the arguments start with a subcommand, only that one is added; otherwise (help, no subcommand, a
     * misspelt one) all are, so that usage and suggestions list them.
     */
    public static CommandLine commandLine(Environment environment, String... args) {
        CommandLine cli = new CommandLine(new Main(environment));
        if (args.length > 0 && SUBCOMMANDS.containsKey(args[0]) && !args[0].equals("help")) {
            cli.addSubcommand(args[0], SUBCOMMANDS.get(args[0]).get());
        } else {
            SUBCOMMANDS.forEach((name, command) -> cli.addSubcommand(name, command.get()));
        }
        return cli.setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(Main::usageError)
                .setExecutionExceptionHandler(Main::internalError);
    }

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("check", CheckCommand::new);
        commands.put("rules", RulesCommand::new);
        commands.put("explain", ExplainCommand::new);
        commands.put("eval", EvalCommand::new);
        commands.put("train", TrainCommand::new);
        commands.put("serve", ServeCommand::new);
        commands.put("help", CommandLine.HelpCommand::new);
        return Collections.unmodifiableMap(commands);
    }

    private static int usageError(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(Version.NAME + ": " + OneLine.of(e.getMessage()));
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitCodes.USAGE;
    }

    private static int internalError(Exception e, CommandLine cmd, ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        err.println(Version.NAME + ": internal error: " + OneLine.of(String.valueOf(e)));
        if (verbose(parsed)) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.INTERNAL_ERROR;
    }

    private static boolean verbose(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
