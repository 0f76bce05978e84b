package dev.jobpostlint.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jobpostlint.model.CrossValidation;
import dev.jobpostlint.report.OneLine;

/** Writes {@link Scores} as text, in the same wording as the corpus's scoring script, or as JSON. */
public final class ScoresWriter {

    private ScoresWriter() {
    }

    public static void writeText(Scores s, PrintWriter out) {
        if (!s.missingDocs().isEmpty()) {
            out.println("not in report (" + s.missingDocs().size() + "): " + String.join(", ", s.missingDocs()));
        }
        if (!s.unlabelled().isEmpty()) {
            out.println("report files with no labels (" + s.unlabelled().size() + "): "
                    + String.join(", ", s.unlabelled()));
        }
        for (Map.Entry<String, Counts> e : s.byLanguage().entrySet()) {
            out.println(e.getKey() + ": " + ratios(e.getValue()) + ")");
        }
        out.println("overall: " + ratios(s.overall()) + ", docs " + s.docsScored() + "/" + s.docsLabelled() + ")");
        for (Map.Entry<String, Counts> e : s.byCategory().entrySet()) {
            Counts c = e.getValue();
            StringBuilder line = new StringBuilder("  ");
            if (c.tp() + c.fn() > 0) {
                line.append("recall ").append(e.getKey()).append(": ").append(fixed(c.recall()))
                        .append(" (").append(c.tp()).append('/').append(c.tp() + c.fn()).append(')');
            } else {
                line.append("no positives ").append(e.getKey()).append(':');
            }
            if (c.fp() > 0) {
                line.append(", precision ").append(fixed(c.precision()))
                        .append(" (").append(c.tp()).append('/').append(c.tp() + c.fp()).append(')');
            }
            out.println(line);
        }
        writeSources(s, out);
        for (Scores.FalsePositive fp : s.falsePositives()) {
            String text = fp.hardNegative() != null ? fp.hardNegative()
                    : fp.sentence() != null ? fp.sentence() : fp.excerpt();
            out.println("FP " + fp.doc() + ":" + fp.where() + " [" + fp.category() + "/" + fp.ruleId() + "] "
                    + OneLine.of(text) + " ('" + OneLine.of(fp.excerpt()) + "', "
                    + (fp.hardNegative() != null ? "hard negative" : "unlabelled line") + ")");
        }
        for (Scores.FalseNegative fn : s.falseNegatives()) {
            out.println("FN " + fn.doc() + ":" + fn.line() + " [" + fn.category() + "] " + OneLine.of(fn.text()));
        }
        for (Scores.Doubt d : s.doubts()) {
            out.println("DOUBT " + d.doc() + ":" + d.where() + " [" + d.ruleId() + "] " + OneLine.of(d.sentence())
                    + " (model: nothing of the kind " + fixed(d.none()) + "; line is " + d.label() + ")");
        }
        out.flush();
    }

    /** Where the recall comes from: per language and category, flagged lines by source, and the misses. */
    private static void writeSources(Scores s, PrintWriter out) {
        out.println(String.format(Locale.ROOT, "  %-24s %9s %10s %5s %6s", "found by", "rule only", "model only",
                "both", "missed"));
        s.sources().forEach((row, c) -> out.println(String.format(Locale.ROOT, "  %-24s %9d %10d %5d %6s", row,
                c.ruleOnly(), c.modelOnly(), c.both(), row.equals(Scores.FALSE_POSITIVES) ? "" : c.missed())));
    }

    /** Cross-validation of the classifier, one line per class, then the macro F1. */
    public static void writeText(CrossValidation cv, PrintWriter out) {
        out.println("cross-validation of the classifier: " + cv.folds() + " folds over " + cv.documents()
                + " postings (" + cv.lines() + " lines), line by line");
        cv.perClass().forEach((c, k) -> out.println(String.format(Locale.ROOT,
                "  %-22s precision %s recall %s f1 %s (tp %d fp %d fn %d)", c, fixed(k.precision()), fixed(k.recall()),
                fixed(k.f1()), k.tp(), k.fp(), k.fn())));
        out.println("  macro f1 " + fixed(cv.macroF1()) + " (the six categories: " + fixed(cv.macroF1Categories()) + ")");
        out.flush();
    }

    public static void writeJson(Scores s, PrintWriter out) {
        writeJson(s, null, out);
    }

    /** The scores as JSON, with the cross-validation under "crossValidation" when there is one. */
    public static void writeJson(Scores s, CrossValidation cv, PrintWriter out) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
        ObjectNode root = mapper.createObjectNode();
        ObjectNode langs = root.putObject("languages");
        s.byLanguage().forEach((lang, c) -> counts(langs.putObject(lang), c));
        counts(root.putObject("overall"), s.overall());
        ObjectNode cats = root.putObject("categories");
        s.byCategory().forEach((cat, c) -> counts(cats.putObject(cat), c));
        ObjectNode sources = root.putObject("sources");
        s.sources().forEach((row, c) -> sources.putObject(row).put("ruleOnly", c.ruleOnly())
                .put("modelOnly", c.modelOnly()).put("both", c.both()).put("missed", c.missed()));
        ArrayNode fps = root.putArray("falsePositives");
        for (Scores.FalsePositive fp : s.falsePositives()) {
            fps.addObject().put("doc", fp.doc()).put("where", fp.where()).put("ruleId", fp.ruleId())
                    .put("category", fp.category()).put("excerpt", fp.excerpt()).put("sentence", fp.sentence())
                    .put("hardNegative", fp.hardNegative());
        }
        ArrayNode fns = root.putArray("falseNegatives");
        for (Scores.FalseNegative fn : s.falseNegatives()) {
            fns.addObject().put("doc", fn.doc()).put("line", fn.line()).put("category", fn.category())
                    .put("text", fn.text());
        }
        ArrayNode doubts = root.putArray("doubts");
        for (Scores.Doubt d : s.doubts()) {
            doubts.addObject().put("doc", d.doc()).put("where", d.where()).put("ruleId", d.ruleId())
                    .put("sentence", d.sentence()).put("none", round(d.none())).put("label", d.label());
        }
        s.missingDocs().forEach(root.putArray("missingDocs")::add);
        s.unlabelled().forEach(root.putArray("unlabelledFiles")::add);
        root.put("docsScored", s.docsScored());
        root.put("docsLabelled", s.docsLabelled());
        if (cv != null) {
            ObjectNode c = root.putObject("crossValidation");
            c.put("folds", cv.folds()).put("documents", cv.documents()).put("lines", cv.lines())
                    .put("macroF1", round(cv.macroF1())).put("macroF1Categories", round(cv.macroF1Categories()));
            ObjectNode classes = c.putObject("classes");
            cv.perClass().forEach((name, k) -> classes.putObject(name).put("precision", round(k.precision()))
                    .put("recall", round(k.recall())).put("f1", round(k.f1())).put("tp", k.tp()).put("fp", k.fp())
                    .put("fn", k.fn()));
        }
        try {
            mapper.writeValue(out, root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
        out.flush();
    }

    private static void counts(ObjectNode n, Counts c) {
        n.put("precision", round(c.precision())).put("recall", round(c.recall())).put("f1", round(c.f1()))
                .put("tp", c.tp()).put("fp", c.fp()).put("fn", c.fn());
    }

    private static String ratios(Counts c) {
        return "precision " + fixed(c.precision()) + " recall " + fixed(c.recall()) + " f1 " + fixed(c.f1())
                + " (tp " + c.tp() + " fp " + c.fp() + " fn " + c.fn();
    }

    /** Three decimals rounded from the exact binary value, half to even, as Python's {@code :.3f}. */
    static String fixed(double d) {
        return new BigDecimal(d).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static BigDecimal round(double d) {
        return new BigDecimal(d).setScale(4, RoundingMode.HALF_EVEN);
    }
}
