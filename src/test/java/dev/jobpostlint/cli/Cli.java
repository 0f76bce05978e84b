package dev.jobpostlint.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import picocli.CommandLine;

/** Runs the command line in-process and captures what it writes. */
final class Cli {

    record Run(int exitCode, String out, String err) {
    }

    private Cli() {
    }

    static Run run(String... args) {
        return run(Environment.plain(), args);
    }

    static Run run(Environment env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine(env, args).setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    static Environment terminal(Map<String, String> variables) {
        return new Environment(new ByteArrayInputStream(new byte[0]), variables, true);
    }

    static Environment stdin(String text) {
        return new Environment(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of(), false);
    }
}
