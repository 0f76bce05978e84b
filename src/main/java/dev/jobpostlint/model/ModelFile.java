package dev.jobpostlint.model;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;

/**
 * The model file: a zip of {@value #INFO} (format, feature version, threshold, how it was trained),
 * {@value #VOCABULARY} (one word a line) and {@value #WEIGHTS} (OpenNLP's binary maxent or perceptron model).
 * Entries are written in a fixed order with a fixed time, so the same model gives the same bytes; OpenNLP's own
 * model format stamps the time of writing into the file.
 */
final class ModelFile {

    static final String BUNDLED = "/dev/jobpostlint/model/classifier.bin";
    private static final String INFO = "model.properties";
    private static final String VOCABULARY = "vocabulary.txt";
    private static final String WEIGHTS = "weights.bin";
    private static final int FORMAT = 1;
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2026, 1, 1, 0, 0);
    /** Model files are small (the bundled one is well under a megabyte); anything far larger is not one. */
    private static final int MAX_ENTRY_BYTES = 64 * 1024 * 1024;

    private ModelFile() {
    }

    static TrainedModel bundled() {
        try (InputStream in = ModelFile.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("the bundled model " + BUNDLED + " is not on the class path");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled model", e);
        }
    }

    static void write(TrainedModel model, OutputStream out) throws IOException {
        Map<String, String> info = new TreeMap<>();
        info.put("format", String.valueOf(FORMAT));
        info.put("features", String.valueOf(SentenceFeatures.VERSION));
        info.put("threshold", String.valueOf(model.threshold()));
        info.put("algorithm", model.info().algorithm());
        info.put("iterations", String.valueOf(model.info().iterations()));
        info.put("cutoff", String.valueOf(model.info().cutoff()));
        info.put("documents", String.valueOf(model.info().documents()));
        model.info().sentences().forEach((c, n) -> info.put("sentences." + c, String.valueOf(n)));
        StringBuilder properties = new StringBuilder();
        info.forEach((k, v) -> properties.append(k).append('=').append(v).append('\n'));

        ByteArrayOutputStream weights = new ByteArrayOutputStream();
        new GenericModelWriter((AbstractModel) model.maxent(), new DataOutputStream(weights)).persist();

        ZipOutputStream zip = new ZipOutputStream(out);
        entry(zip, INFO, properties.toString().getBytes(StandardCharsets.UTF_8));
        entry(zip, VOCABULARY, (String.join("\n", model.vocabulary().sorted()) + "\n").getBytes(StandardCharsets.UTF_8));
        entry(zip, WEIGHTS, weights.toByteArray());
        zip.finish();
        zip.flush();
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    static TrainedModel read(InputStream in) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        ZipInputStream zip = new ZipInputStream(in);
        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
            if (List.of(INFO, VOCABULARY, WEIGHTS).contains(e.getName()) && !entries.containsKey(e.getName())) {
                byte[] content = zip.readNBytes(MAX_ENTRY_BYTES + 1);
                if (content.length > MAX_ENTRY_BYTES) {
                    throw new IOException("not a jobpost-lint model file (" + e.getName() + " is too large)");
                }
                entries.put(e.getName(), content);
            }
        }
        for (String name : List.of(INFO, VOCABULARY, WEIGHTS)) {
            if (!entries.containsKey(name)) {
                throw new IOException("not a jobpost-lint model file (no " + name + ")");
            }
        }
        Map<String, String> info = properties(entries.get(INFO));
        if (!String.valueOf(FORMAT).equals(info.get("format"))) {
            throw new IOException("model file format " + info.get("format") + " is not supported (expected " + FORMAT + ")");
        }
        if (!String.valueOf(SentenceFeatures.VERSION).equals(info.get("features"))) {
            throw new IOException("the model was trained with features version " + info.get("features")
                    + ", this jobpost-lint reads version " + SentenceFeatures.VERSION + "; train it again");
        }
        AbstractModel weights = new GenericModelReader(new BinaryFileDataReader(
                new ByteArrayInputStream(entries.get(WEIGHTS)))).getModel();
        List<String> words = new String(entries.get(VOCABULARY), StandardCharsets.UTF_8).lines()
                .filter(w -> !w.isEmpty()).toList();
        Map<String, Integer> sentences = new LinkedHashMap<>();
        info.forEach((k, v) -> {
            if (k.startsWith("sentences.")) {
                sentences.put(k.substring("sentences.".length()), Integer.valueOf(v));
            }
        });
        try {
            ModelInfo modelInfo = new ModelInfo(info.getOrDefault("algorithm", "?"),
                    Integer.parseInt(info.getOrDefault("iterations", "0")), Integer.parseInt(info.getOrDefault("cutoff", "0")),
                    Integer.parseInt(info.getOrDefault("documents", "0")), sentences);
            return new TrainedModel(weights, new Vocabulary(words), Double.parseDouble(info.get("threshold")), modelInfo);
        } catch (RuntimeException e) {
            throw new IOException("not a usable jobpost-lint model file: " + e.getMessage(), e);
        }
    }

    private static Map<String, String> properties(byte[] content) throws IOException {
        Map<String, String> map = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(content),
                StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    map.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
        }
        return map;
    }
}
