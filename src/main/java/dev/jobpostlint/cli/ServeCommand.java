package dev.jobpostlint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.Callable;

import dev.jobpostlint.Linter;
import dev.jobpostlint.LinterOptions;
import dev.jobpostlint.model.ModelFileException;
import dev.jobpostlint.report.OneLine;
import dev.jobpostlint.rules.RuleFileException;
import dev.jobpostlint.server.CheckServer;
import dev.jobpostlint.server.ServerOptions;
import dev.jobpostlint.server.WarmUp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code serve}: the local web page where a person drops a posting and sees what to change. */
@Command(name = "serve", sortOptions = false,
        description = "Start a local web page to check a posting by dropping a file or pasting its text. "
                + "Postings are checked in memory and never stored.")
final class ServeCommand implements Callable<Integer> {

    /** A posting checks in milliseconds; a request that takes this long is answered with an error instead. */
    private static final Duration MAX_TIME = Duration.ofSeconds(20);
    /** More than a person reads on a page; the answer stays small. */
    private static final int MAX_FINDINGS = 1_000;

    @Spec
    CommandSpec spec;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = ServerOptions.DEFAULT_HOST,
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only). 0.0.0.0 makes "
                    + "the page reachable from the network.")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "Port to listen on, 0 for any free port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--max-upload", paramLabel = "SIZE", converter = DataSizeConverter.class, defaultValue = "20MB",
            description = "Refuse larger uploads with 413 (default: ${DEFAULT-VALUE}).")
    long maxUploadBytes;

    @Mixin
    RuleOptions rules = new RuleOptions();

    @Option(names = {"-v", "--verbose"}, description = "Log one line per request (never its content) and the "
            + "start-up time.")
    boolean verbose;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Override
    public Integer call() {
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535");
        }
        rules.validate(spec.commandLine());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long started = System.nanoTime();
        Linter linter;
        try {
            // the server forgets each posting once answered: no word of it stays in a cache
            linter = Linter.create(rules.applyTo(LinterOptions.defaults()).withMaxFileBytes(maxUploadBytes)
                    .withRememberWords(false).withMaxTimePerPosting(MAX_TIME).withMaxFindings(MAX_FINDINGS));
        } catch (RuleFileException | ModelFileException e) {
            err.println(OneLine.of(e.getMessage()));
            return ExitCodes.RULE_FILE_ERROR;
        }
        long loaded = System.nanoTime();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> sayThreadEnded(err, thread, e));
        WarmUp.run(linter);
        CheckServer server;
        try {
            server = CheckServer.start(linter, new ServerOptions(host, port, maxUploadBytes, Version.current()),
                    verbose ? err : null);
        } catch (BindException e) {
            err.println(Version.NAME + ": cannot listen on " + host + ":" + port + ": " + e.getMessage()
                    + " (try another --port)");
            return ExitCodes.USAGE;
        } catch (UnknownHostException e) {
            err.println(Version.NAME + ": unknown --host " + host);
            return ExitCodes.USAGE;
        } catch (IOException e) {
            err.println(Version.NAME + ": cannot start the server: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (!isLoopback(host)) {
            err.println(Version.NAME + ": warning: listening on " + host + "; other machines can reach this page");
        }
        if (verbose) {
            err.printf("%s: rules loaded in %d ms, models and parsers warmed up in %d ms%n", Version.NAME,
                    (loaded - started) / 1_000_000, (System.nanoTime() - loaded) / 1_000_000);
        }
        out.println(Version.NAME + " is running at " + server.uri() + " (press Ctrl+C to stop)");
        out.flush();
        err.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "jobpost-lint-shutdown"));
        // runs until stopped (Ctrl+C), unless the server can no longer listen on its port
        err.println(Version.NAME + ": " + server.failure().join());
        return ExitCodes.INTERNAL_ERROR;
    }

    /**
     * One line, not a stack trace, for a thread an error ended; the server goes on (see CheckServer). The error is
     * mostly that memory ran out, for every thread until the request that filled the heap lets go: then wait for that.
     */
    private static void sayThreadEnded(PrintWriter err, Thread thread, Throwable e) {
        for (int attempt = 0; attempt < 50; attempt++) {
            try {
                err.println(Version.NAME + ": thread " + thread.getName() + " ended: " + OneLine.of(String.valueOf(e)));
                err.flush();
                return;
            } catch (OutOfMemoryError stillFull) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
