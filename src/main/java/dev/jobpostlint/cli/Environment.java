package dev.jobpostlint.cli;

import java.io.InputStream;
import java.util.Map;

/**
 * What the commands read from the process around them, passed in so tests can set it.
 *
 * @param stdoutIsTerminal whether standard output is an interactive terminal (colour is allowed)
 */
public record Environment(InputStream stdin, Map<String, String> variables, boolean stdoutIsTerminal) {

    public Environment {
        variables = Map.copyOf(variables);
    }

    public static Environment system() {
        return new Environment(System.in, System.getenv(), System.console() != null);
    }

    /** No terminal, no variables, empty standard input. */
    public static Environment plain() {
        return new Environment(InputStream.nullInputStream(), Map.of(), false);
    }

    /** The NO_COLOR convention (no-color.org): set and non-empty turns colour off. */
    public boolean noColorRequested() {
        String v = variables.get("NO_COLOR");
        return v != null && !v.isEmpty();
    }
}
