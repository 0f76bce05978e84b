package dev.jobpostlint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the commands read from the process around them, passed in so tests can set it.
 *
 * @param stdoutIsTerminal whether standard output is an interactive terminal (colour is allowed)
 * @param stderrIsTerminal whether standard error is an interactive terminal (a progress bar is allowed)
 */
public record Environment(InputStream stdin, Map<String, String> variables, boolean stdoutIsTerminal,
                          boolean stderrIsTerminal) {

    public Environment {
        variables = Map.copyOf(variables);
    }

    /** An environment whose standard error is not a terminal. */
    public Environment(InputStream stdin, Map<String, String> variables, boolean stdoutIsTerminal) {
        this(stdin, variables, stdoutIsTerminal, false);
    }

    public static Environment system() {
        boolean console = System.console() != null;
        return new Environment(System.in, System.getenv(), console, stderrIsTerminal(console));
    }

    /** No terminal, no variables, empty standard input. */
    public static Environment plain() {
        return new Environment(InputStream.nullInputStream(), Map.of(), false, false);
    }

    /** The NO_COLOR convention (no-color.org): set and non-empty turns colour off. */
    public boolean noColorRequested() {
        String v = variables.get("NO_COLOR");
        return v != null && !v.isEmpty();
    }

    /**
     * Java cannot ask about standard error directly; on Linux its file descriptor names the device. Elsewhere
     * a console (standard input and output on a terminal) is the best guess.
     */
    private static boolean stderrIsTerminal(boolean console) {
        Path fd = Path.of("/proc/self/fd/2");
        try {
            String target = Files.readSymbolicLink(fd).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return console;
        }
    }
}
