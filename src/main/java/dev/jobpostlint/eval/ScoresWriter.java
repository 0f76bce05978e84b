package dev.jobpostlint.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

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
        out.flush();
    }

    public static void writeJson(Scores s, PrintWriter out) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
        ObjectNode root = mapper.createObjectNode();
        ObjectNode langs = root.putObject("languages");
        s.byLanguage().forEach((lang, c) -> counts(langs.putObject(lang), c));
        counts(root.putObject("overall"), s.overall());
        ObjectNode cats = root.putObject("categories");
        s.byCategory().forEach((cat, c) -> counts(cats.putObject(cat), c));
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
        s.missingDocs().forEach(root.putArray("missingDocs")::add);
        s.unlabelled().forEach(root.putArray("unlabelledFiles")::add);
        root.put("docsScored", s.docsScored());
        root.put("docsLabelled", s.docsLabelled());
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
