package dev.jobpostlint.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code jobpost-lint-disable…} comments of a Markdown, HTML or text source, as line ranges in which
 * findings of a rule (or of every rule) are dropped:
 * {@code <!-- jobpost-lint-disable-next-line RULE -->} covers the next non-blank line;
 * {@code <!-- jobpost-lint-disable RULE -->} … {@code <!-- jobpost-lint-enable RULE -->} covers the lines
 * in between (to the end of the file without an enable). Without RULE a directive applies to every rule.
 */
public final class Suppressions {

    /** Lines {@code [fromLine, toLine]} (1-based) in which findings of {@code ruleId} (null: any rule) are dropped. */
    public record Range(String ruleId, int fromLine, int toLine) {
        boolean covers(String rule, int line) {
            return line >= fromLine && line <= toLine && (ruleId == null || ruleId.equals(rule));
        }
    }

    public static final Suppressions NONE = new Suppressions(List.of());

    private static final Pattern DIRECTIVE = Pattern.compile(
            "<!--\\s*jobpost-lint-(disable-next-line|disable|enable)((?:[\\s,]+[\\w.-]+)*)[\\s,]*-->");
    private static final String ALL = "";

    private final List<Range> ranges;

    private Suppressions(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    public List<Range> ranges() {
        return ranges;
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    /** Whether a finding of {@code ruleId} that starts on {@code line} is switched off. */
    public boolean suppresses(String ruleId, Integer line) {
        if (line == null) {
            return false;
        }
        for (Range r : ranges) {
            if (r.covers(ruleId, line)) {
                return true;
            }
        }
        return false;
    }

    /** Reads the directives of {@code source}; null (a format without comments) gives none. */
    public static Suppressions scan(String source) {
        return new Reader().read(source, 0);
    }

    /**
     * Reads the directives of a source that comes in windows of whole lines, one window after another, and says
     * after each which ranges hold: those closed so far, and those still open as reaching to the end of the file
     * (their enable, if any, comes later, so after every line of this window). A disable-next-line whose next
     * non-blank line is in a later window covers that line.
     */
    public static final class Reader {
        private final List<Range> closed = new ArrayList<>();
        private final Map<String, Integer> open = new HashMap<>();
        private List<String> nextLineRules = List.of();

        /** The suppressions that hold in {@code window}, which starts after {@code linesBefore} lines of the source. */
        public Suppressions read(String window, int linesBefore) {
            if (window == null || (nextLineRules.isEmpty() && !window.contains("jobpost-lint-"))) {
                return current();
            }
            int[] lineStarts = LineStarts.of(window);
            if (!nextLineRules.isEmpty()) {
                int target = nextNonBlankLine(window, lineStarts, 0);
                if (target > 0) {
                    addNextLine(nextLineRules, linesBefore + target);
                    nextLineRules = List.of();
                }
            }
            Matcher m = DIRECTIVE.matcher(window);
            while (m.find()) {
                List<String> rules = ruleIds(m.group(2));
                int line = linesBefore + LineStarts.lineOf(lineStarts, m.start()) + 1;
                int endLine = LineStarts.lineOf(lineStarts, m.end() - 1) + 1;
                switch (m.group(1)) {
                    case "disable-next-line" -> {
                        int target = nextNonBlankLine(window, lineStarts, endLine);
                        if (target > 0) {
                            addNextLine(rules, linesBefore + target);
                        } else {
                            nextLineRules = rules;
                        }
                    }
                    case "disable" -> rules.forEach(rule -> open.putIfAbsent(rule, line));
                    default -> enable(rules, line);
                }
            }
            return current();
        }

        private void addNextLine(List<String> rules, int target) {
            for (String rule : rules) {
                closed.add(new Range(rule.equals(ALL) ? null : rule, target, target));
            }
        }

        private void enable(List<String> rules, int line) {
            for (String rule : rules) {
                if (rule.equals(ALL)) {
                    // a bare enable closes every open range
                    open.forEach((r, from) -> closed.add(new Range(r.equals(ALL) ? null : r, from, line)));
                    open.clear();
                } else {
                    Integer from = open.remove(rule);
                    if (from != null) {
                        closed.add(new Range(rule, from, line));
                    }
                }
            }
        }

        private Suppressions current() {
            if (closed.isEmpty() && open.isEmpty()) {
                return NONE;
            }
            List<Range> ranges = new ArrayList<>(closed);
            open.forEach((r, from) -> ranges.add(new Range(r.equals(ALL) ? null : r, from, Integer.MAX_VALUE)));
            return new Suppressions(ranges);
        }
    }

    private static List<String> ruleIds(String group) {
        String ids = group == null ? "" : group.strip();
        if (ids.isEmpty()) {
            return List.of(ALL);
        }
        return List.of(ids.split("\\s*[,\\s]\\s*"));
    }

    /** The first line after {@code line} (1-based) with something other than white space on it; 0 if none. */
    private static int nextNonBlankLine(String source, int[] lineStarts, int line) {
        for (int i = line; i < lineStarts.length; i++) {
            int end = i + 1 < lineStarts.length ? lineStarts[i + 1] : source.length();
            if (!source.substring(lineStarts[i], end).isBlank()) {
                return i + 1;
            }
        }
        return 0;
    }
}
