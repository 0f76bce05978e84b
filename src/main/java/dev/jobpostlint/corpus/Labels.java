package dev.jobpostlint.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The {@code labels.json} of a corpus: per document, its language and its labelled lines, in file order. */
public record Labels(Map<String, Doc> docs) {

    private static final long MAX_BYTES = 32L * 1024 * 1024;

    public Labels {
        docs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(docs));
    }

    /** One labelled posting. */
    public record Doc(String lang, List<Line> positives, List<Line> negatives, List<Line> ambiguous) {
        public Doc {
            positives = List.copyOf(positives);
            negatives = List.copyOf(negatives);
            ambiguous = List.copyOf(ambiguous);
        }
    }

    /** One labelled line; {@code category} is set for positives, {@code why} for negatives. */
    public record Line(int line, String text, String category, String why) {
    }

    /** Reads a labels file; a file that is not in the documented shape fails with a one-line reason. */
    public static Labels read(Path file) throws IOException {
        if (Files.size(file) > MAX_BYTES) {
            throw new IOException(file + ": larger than " + MAX_BYTES / (1024 * 1024) + " MB");
        }
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        JsonNode docs = root == null ? null : root.get("docs");
        if (docs == null || !docs.isObject()) {
            throw new IOException(file + ": no \"docs\" object");
        }
        Map<String, Doc> result = new LinkedHashMap<>();
        var fields = docs.fields();
        while (fields.hasNext()) {
            var e = fields.next();
            JsonNode d = e.getValue();
            result.put(e.getKey(), new Doc(d.path("lang").asText("?"),
                    lines(file, e.getKey(), d.path("positives")),
                    lines(file, e.getKey(), d.path("negatives")),
                    lines(file, e.getKey(), d.path("ambiguous"))));
        }
        return new Labels(result);
    }

    private static List<Line> lines(Path file, String doc, JsonNode array) throws IOException {
        List<Line> lines = new ArrayList<>();
        for (JsonNode n : array) {
            if (!n.path("line").canConvertToInt() || !n.path("line").isIntegralNumber()) {
                throw new IOException(file + ": " + doc + ": a labelled line has no integer \"line\"");
            }
            lines.add(new Line(n.get("line").asInt(), n.path("text").asText(""),
                    n.hasNonNull("category") ? n.get("category").asText() : null,
                    n.hasNonNull("why") ? n.get("why").asText() : null));
        }
        return lines;
    }
}
