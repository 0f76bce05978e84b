package dev.jobpostlint.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

import dev.jobpostlint.LintResult;
import dev.jobpostlint.LocatedFinding;
import dev.jobpostlint.extract.BlockKind;
import dev.jobpostlint.nlp.Language;
import dev.jobpostlint.rules.Finding;

/**
 * One self-contained HTML page for people who do not read terminals: a summary, then each posting's text with
 * the flagged passages marked and, under each, the rule, why it matters and what to write instead. Styles are
 * inline and nothing is loaded from anywhere, so the file can be mailed, opened offline and printed.
 */
public final class HtmlReporter implements Reporter {

    private static final String CSS = resource("html-report.css");

    private final ReportOptions options;

    public HtmlReporter(ReportOptions options) {
        this.options = options;
    }

    @Override
    public void write(List<LintResult> results, PrintWriter out) {
        HtmlLabels ui = HtmlLabels.of(dominantLanguage(results));
        out.print("<!DOCTYPE html>\n<html lang=\"" + ui.code() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n"
                + "<title>" + esc(ui.get("title")) + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n"
                + "<a class=\"skip\" href=\"#postings\">" + esc(ui.get("skip")) + "</a>\n"
                + "<header class=\"report-head\">\n<h1>" + esc(ui.get("title")) + "</h1>\n</header>\n<main>\n");
        writeSummary(results, ui, out);
        out.print("<div id=\"postings\">\n");
        for (int i = 0; i < results.size(); i++) {
            writePosting(results.get(i), "p" + (i + 1), ui, out);
        }
        out.print("</div>\n</main>\n<footer class=\"report-foot\">" + esc(ui.get("generated")) + " jobpost-lint "
                + esc(options.toolVersion()) + "</footer>\n</body>\n</html>\n");
        out.flush();
    }

    /** The language most postings are in; English when there is none or a tie. */
    static String dominantLanguage(List<LintResult> results) {
        long de = results.stream().filter(r -> "de".equals(r.language())).count();
        long en = results.stream().filter(r -> "en".equals(r.language())).count();
        return de > en ? "de" : "en";
    }

    private void writeSummary(List<LintResult> results, HtmlLabels ui, PrintWriter out) {
        Summary s = Summary.of(results);
        out.print("<section class=\"summary\" aria-labelledby=\"summary-title\">\n<h2 id=\"summary-title\">"
                + esc(ui.get("summary")) + "</h2>\n<dl class=\"stats\">\n");
        stat(out, ui.get("postings"), s.files());
        stat(out, ui.get("findings"), s.findings());
        if (s.unreadable() > 0) {
            stat(out, ui.get("unreadable"), s.unreadable());
        }
        out.print("</dl>\n");
        Map<String, Long> byCategory = results.stream().flatMap(r -> r.findings().stream())
                .collect(Collectors.groupingBy(f -> f.finding().category(), TreeMap::new, Collectors.counting()));
        if (!byCategory.isEmpty()) {
            out.print("<table class=\"categories\">\n<caption>" + esc(ui.get("byCategory")) + "</caption>\n"
                    + "<thead><tr><th scope=\"col\">" + esc(ui.get("category")) + "</th><th scope=\"col\">"
                    + esc(ui.get("count")) + "</th></tr></thead>\n<tbody>\n");
            byCategory.forEach((category, n) -> out.print("<tr><th scope=\"row\">" + esc(ui.category(category))
                    + "</th><td>" + n + "</td></tr>\n"));
            out.print("</tbody>\n</table>\n");
        }
        out.print("<nav aria-label=\"" + esc(ui.get("contents")) + "\">\n<h3>" + esc(ui.get("contents"))
                + "</h3>\n<ol class=\"toc\">\n");
        for (int i = 0; i < results.size(); i++) {
            LintResult r = results.get(i);
            String state = r.isError() ? ui.get("error") : r.notice() != null && r.findings().isEmpty()
                    ? ui.get("notChecked") : ui.findings(r.findings().size());
            out.print("<li><a href=\"#p" + (i + 1) + "\">" + esc(r.path()) + "</a> <span class=\"count"
                    + (r.findings().isEmpty() ? "" : " has-findings") + "\">" + esc(state) + "</span></li>\n");
        }
        out.print("</ol>\n</nav>\n</section>\n");
    }

    private static void stat(PrintWriter out, String label, int n) {
        out.print("<div><dt>" + esc(label) + "</dt><dd>" + n + "</dd></div>\n");
    }

    private void writePosting(LintResult r, String id, HtmlLabels reportUi, PrintWriter out) {
        HtmlLabels ui = r.language() == null ? reportUi : HtmlLabels.of(r.language());
        List<String> meta = new ArrayList<>();
        if (r.format() != null && !HtmlLabels.format(r.format()).isEmpty()) {
            meta.add(HtmlLabels.format(r.format()));
        }
        if (r.language() != null) {
            meta.add(ui.language(r.language()));
        }
        if (!r.isError()) {
            meta.add(ui.findings(r.findings().size()));
        }
        out.print("<section class=\"posting\" id=\"" + id + "\" lang=\"" + ui.code() + "\" aria-labelledby=\"" + id
                + "-title\">\n<header class=\"posting-head\">\n<h2 id=\"" + id + "-title\">" + esc(r.path())
                + "</h2>\n<p class=\"meta\">" + esc(String.join(" · ", meta)) + "</p>\n</header>\n");
        if (r.isError()) {
            out.print("<p class=\"problem\"><strong>" + esc(ui.get("error")) + ":</strong> " + esc(r.error()) + "</p>\n");
        } else if (r.notice() != null) {
            out.print("<p class=\"notice\">" + esc(r.notice()) + "</p>\n");
        } else if (r.findings().isEmpty()) {
            out.print("<p class=\"clean\">" + esc(ui.get("noFindings")) + "</p>\n");
        }
        if (r.text() != null && r.notice() == null) {
            writeText(r, id, ui, out);
        } else if (!r.findings().isEmpty()) {
            for (int i = 0; i < r.findings().size(); i++) {
                writeFinding(r, i, id, ui, false, out);
            }
        }
        out.print("</section>\n");
    }

    private void writeText(LintResult r, String id, HtmlLabels ui, PrintWriter out) {
        Highlights h = Highlights.of(r.text(), r.findings());
        out.print("<div class=\"text\">\n");
        boolean inList = false;
        for (Highlights.BlockView block : h.blocks()) {
            boolean item = block.kind() == BlockKind.LIST_ITEM;
            if (item && !inList) {
                out.print("<ul>\n");
            } else if (!item && inList) {
                out.print("</ul>\n");
            }
            inList = item;
            String tag = switch (block.kind()) {
                case HEADING -> "h3";
                case LIST_ITEM -> "li";
                case PARAGRAPH -> "p";
            };
            out.print("<" + tag + ">");
            for (Highlights.Run run : block.runs()) {
                if (run.finding() < 0) {
                    out.print(esc(run.text()));
                } else {
                    Finding f = r.findings().get(run.finding()).finding();
                    String n = String.valueOf(run.finding() + 1);
                    out.print("<a class=\"hl " + f.severity().id() + "\" id=\"" + id + "-m" + n + "\" href=\"#" + id
                            + "-f" + n + "\" aria-describedby=\"" + id + "-f" + n + "-title\"><mark>" + esc(run.text())
                            + "</mark><sup>" + n + "</sup></a>");
                }
            }
            if (item) {
                writeFindings(r, block.findings(), id, ui, out);
                out.print("</li>\n");
            } else {
                out.print("</" + tag + ">\n");
                writeFindings(r, block.findings(), id, ui, out);
            }
        }
        if (inList) {
            out.print("</ul>\n");
        }
        out.print("</div>\n");
        if (!h.unplaced().isEmpty()) {
            out.print("<h3>" + esc(ui.get("elsewhere")) + "</h3>\n");
            for (int index : h.unplaced()) {
                writeFinding(r, index, id, ui, false, out);
            }
        }
    }

    private void writeFindings(LintResult r, List<Integer> indices, String id, HtmlLabels ui, PrintWriter out) {
        for (int index : indices) {
            writeFinding(r, index, id, ui, true, out);
        }
    }

    private void writeFinding(LintResult r, int index, String id, HtmlLabels ui, boolean marked, PrintWriter out) {
        LocatedFinding located = r.findings().get(index);
        Finding f = located.finding();
        String n = String.valueOf(index + 1);
        String fid = id + "-f" + n;
        out.print("<aside class=\"finding " + f.severity().id() + "\" id=\"" + fid + "\" tabindex=\"-1\" aria-labelledby=\""
                + fid + "-title\">\n<h4 id=\"" + fid + "-title\"><span class=\"num\">" + n + "</span> "
                + esc(f.message()) + "</h4>\n");
        List<String> meta = new ArrayList<>(List.of(ui.severity(f.severity()), ui.category(f.category()),
                ui.get("rule") + " " + f.ruleId()));
        String where = ui.location(located.location());
        if (!where.isEmpty()) {
            meta.add(where);
        }
        meta.add(f.source() == Finding.Source.MODEL
                ? ui.get("model") + " " + Probabilities.percent(f.model().probability()) : ui.get("byRule"));
        out.print("<p class=\"meta\">" + esc(String.join(" · ", meta)) + "</p>\n");
        if (!marked && f.sentence() != null && !f.sentence().isBlank()) {
            MarkedSentence m = MarkedSentence.of(f.sentence(), f.excerpt());
            out.print("<p class=\"sentence\">" + esc(m.before()) + "<mark>" + esc(m.marked()) + "</mark>"
                    + esc(m.after()) + "</p>\n");
        }
        String explanation = explanation(f.ruleId(), r.language());
        if (explanation != null) {
            out.print("<p class=\"why\"><strong>" + esc(ui.get("why")) + "</strong> " + esc(explanation) + "</p>\n");
        }
        if (!f.suggestions().isEmpty()) {
            out.print("<div class=\"instead\">\n<p><strong>" + esc(ui.get("instead")) + "</strong></p>\n<ul>\n");
            for (String suggestion : f.suggestions()) {
                out.print("<li><q>" + esc(suggestion) + "</q></li>\n");
            }
            out.print("</ul>\n</div>\n");
        }
        if (marked) {
            out.print("<p class=\"back\"><a href=\"#" + id + "-m" + n + "\">" + esc(ui.get("back")) + "</a></p>\n");
        }
        out.print("</aside>\n");
    }

    /** The rule's explanation in the posting's language, or null without a catalogue or such a rule. */
    private String explanation(String ruleId, String languageCode) {
        if (options.catalog() == null) {
            return null;
        }
        Language language = Language.fromCode(Objects.requireNonNullElse(languageCode, "")).orElse(null);
        return options.catalog().byId(ruleId, language).map(rule -> OneLine.of(rule.explanation())).orElse(null);
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReporter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
