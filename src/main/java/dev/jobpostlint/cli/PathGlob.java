package dev.jobpostlint.cli;

import java.util.ArrayList;
import java.util.List;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;

/**
 * An include or exclude pattern of the config file, matched as in .gitignore: a pattern without a slash
 * matches a name at any depth, and a pattern that matches a folder covers its files.
 *
 * <p>The syntax is that of {@code FileSystem.getPathMatcher("glob:…")}: {@code *} and {@code ?} within one
 * name, {@code **} across folders, {@code [a-z]} and {@code [!a]}, {@code {a,b}}, and {@code \} to escape.
 * It is translated to a linear-time expression, so that no pattern in a config file can make matching slow.
 */
final class PathGlob {

    private static final int MAX_LENGTH = 1_000;

    private final String glob;
    private final List<Pattern> patterns;

    private PathGlob(String glob, List<Pattern> patterns) {
        this.glob = glob;
        this.patterns = patterns;
    }

    /** Compiles {@code glob}; throws IllegalArgumentException with the reason when it is not a valid glob. */
    static PathGlob of(String glob) {
        if (glob.isEmpty() || glob.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(glob.isEmpty() ? "empty" : "longer than " + MAX_LENGTH + " characters");
        }
        String g = glob.startsWith("./") ? glob.substring(2) : glob;
        if (g.endsWith("/")) {
            g = g + "**";
        }
        List<String> variants = new ArrayList<>(List.of(g));
        if (g.startsWith("**/")) {
            variants.add(g.substring(3));
        }
        if (!g.contains("/")) {
            variants.add("**/" + g);
        }
        List<Pattern> patterns = new ArrayList<>();
        for (String v : variants) {
            try {
                patterns.add(Pattern.compile(regex(v)));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(e.getDescription());
            }
        }
        return new PathGlob(glob, List.copyOf(patterns));
    }

    String glob() {
        return glob;
    }

    /** Whether the path, relative to the config file's folder with {@code /} between names, or a folder of it matches. */
    boolean matches(String relativePath) {
        for (Pattern p : patterns) {
            for (int end = relativePath.length(); end > 0; end = relativePath.lastIndexOf('/', end - 1)) {
                if (p.matches(relativePath.substring(0, end))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String regex(String glob) {
        StringBuilder out = new StringBuilder();
        boolean inGroup = false;
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            switch (c) {
                case '\\' -> {
                    if (++i == glob.length()) {
                        throw new IllegalArgumentException("'\\' at the end");
                    }
                    out.append(Pattern.quote(String.valueOf(glob.charAt(i))));
                }
                case '*' -> {
                    if (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                        out.append(".*");
                        i++;
                    } else {
                        out.append("[^/]*");
                    }
                }
                case '?' -> out.append("[^/]");
                case '[' -> i = bracket(glob, i, out);
                case '{' -> {
                    if (inGroup) {
                        throw new IllegalArgumentException("'{' inside '{…}'");
                    }
                    inGroup = true;
                    out.append("(?:");
                }
                case '}' -> {
                    out.append(inGroup ? ")" : "\\}");
                    inGroup = false;
                }
                case ',' -> out.append(inGroup ? "|" : ",");
                default -> out.append(Pattern.quote(String.valueOf(c)));
            }
        }
        if (inGroup) {
            throw new IllegalArgumentException("'{' without '}'");
        }
        return out.toString();
    }

    /** Appends the character class starting at {@code glob[open]}; returns the index of its ']'. */
    private static int bracket(String glob, int open, StringBuilder out) {
        int i = open + 1;
        out.append('[');
        if (i < glob.length() && (glob.charAt(i) == '!' || glob.charAt(i) == '^')) {
            out.append("^/");
            i++;
        }
        int first = i;
        for (; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == ']' && i > first) {
                out.append(']');
                return i;
            }
            if (c == '/') {
                throw new IllegalArgumentException("'/' inside '[…]'");
            }
            if (c == '\\' || c == '[' || c == ']' || c == '^') {
                out.append('\\');
            }
            out.append(c);
        }
        throw new IllegalArgumentException("'[' without ']'");
    }
}
