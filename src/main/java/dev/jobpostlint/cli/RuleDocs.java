package dev.jobpostlint.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.jobpostlint.nlp.Language;
import dev.jobpostlint.report.MarkedSentence;
import dev.jobpostlint.report.OneLine;
import dev.jobpostlint.rules.Example;
import dev.jobpostlint.rules.Rule;

/** Rules as people read them: the table of {@code rules} and the page of {@code explain}. */
final class RuleDocs {

    private RuleDocs() {
    }

    /** One row per rule id; a rule that exists in several languages lists them all. */
    record Row(String id, String category, String severity, List<String> languages, String summary) {
    }

    static List<Row> rows(List<Rule> rules) {
        Map<String, List<Rule>> byId = new LinkedHashMap<>();
        rules.forEach(r -> byId.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r));
        List<Row> rows = new ArrayList<>();
        for (List<Rule> variants : byId.values()) {
            Rule first = variants.stream().filter(r -> r.language() == Language.EN).findFirst()
                    .orElse(variants.get(0));
            rows.add(new Row(first.id(), joinDistinct(variants, r -> r.category()),
                    joinDistinct(variants, r -> r.severity().id()),
                    variants.stream().map(r -> r.language().code()).distinct().toList(), first.summary()));
        }
        return rows;
    }

    static void table(List<Rule> rules, PrintWriter out) {
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[] {"ID", "CATEGORY", "SEVERITY", "LANGUAGES", "SUMMARY"});
        for (Row row : rows(rules)) {
            cells.add(new String[] {row.id(), row.category(), row.severity(), String.join(",", row.languages()),
                row.summary()});
        }
        int[] widths = new int[4];
        for (String[] c : cells) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], c[i].length());
            }
        }
        for (String[] c : cells) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                line.append(c[i]).append(" ".repeat(widths[i] - c[i].length() + 2));
            }
            out.println(line.append(c[4]).toString().stripTrailing());
        }
    }

    /** The page of one rule: for each language, why it matters, what to write instead, and examples. */
    static void explain(List<Rule> variants, PrintWriter out) {
        Rule first = variants.get(0);
        out.println(first.id() + " (category " + first.category() + ", severity " + first.severity().id() + ")");
        for (Rule r : variants) {
            out.println();
            out.println("[" + r.language().code() + "] " + OneLine.of(r.summary()));
            section(out, "Why it matters", List.of(r.explanation() == null ? "" : r.explanation().strip()));
            section(out, "What to write instead", r.plainSuggestions().stream().map(s -> "→ " + s).toList());
            List<String> flagged = new ArrayList<>();
            List<String> passed = new ArrayList<>();
            for (Example e : r.examples()) {
                if (e.mustFlag()) {
                    MarkedSentence m = MarkedSentence.of(e.sentence(), e.flagged());
                    flagged.add(m.text() + (m.carets().isEmpty() ? "" : "\n" + m.carets()));
                } else {
                    passed.add(e.sentence());
                }
            }
            section(out, "Flagged", flagged);
            section(out, "Not flagged", passed);
            if (r.source() != null) {
                out.println("  Defined in " + r.source());
            }
        }
    }

    private static void section(PrintWriter out, String title, List<String> items) {
        if (items.isEmpty() || items.stream().allMatch(String::isBlank)) {
            return;
        }
        out.println("  " + title + ":");
        for (String item : items) {
            for (String line : item.split("\n", -1)) {
                out.println(("    " + line).stripTrailing());
            }
        }
    }

    private static String joinDistinct(List<Rule> rules, java.util.function.Function<Rule, String> f) {
        return rules.stream().map(f).distinct().collect(Collectors.joining("/"));
    }
}
