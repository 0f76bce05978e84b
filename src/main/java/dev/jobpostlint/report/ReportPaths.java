package dev.jobpostlint.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Paths as CI tools want them: relative to the working directory (the repository root in a workflow),
 * with forward slashes and without a leading {@code ./}.
 */
public final class ReportPaths {

    private ReportPaths() {
    }

    public static String relative(String displayPath) {
        return relative(displayPath, Path.of("").toAbsolutePath());
    }

    static String relative(String displayPath, Path root) {
        if (displayPath == null || displayPath.equals("-")) {
            return displayPath;
        }
        String s;
        try {
            Path p = Path.of(displayPath);
            if (p.isAbsolute() && p.normalize().startsWith(root)) {
                p = root.relativize(p.normalize());
            }
            s = p.normalize().toString();
        } catch (InvalidPathException e) {
            s = displayPath;
        }
        s = s.replace('\\', '/');
        while (s.startsWith("./")) {
            s = s.substring(2);
        }
        return s.isEmpty() ? "." : s;
    }

    /** A relative path as a URI reference: spaces and non-ASCII characters percent-encoded. */
    public static String uri(String relativePath) {
        if (relativePath.equals("-")) {
            return "stdin";
        }
        try {
            return new URI(null, null, relativePath, null).toASCIIString();
        } catch (URISyntaxException e) {
            return relativePath;
        }
    }
}
