package dev.jobpostlint.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jobpostlint.LintResult;
import dev.jobpostlint.LocatedFinding;
import dev.jobpostlint.report.Fingerprints;

/**
 * Findings accepted as they are, by path and fingerprint: a JSON file written by {@code --write-baseline} and read
 * by {@code --baseline}, so that only new findings are reported. This is how findings in PDF and DOCX files, which
 * cannot carry suppression comments, are accepted. Paths are stored relative to the baseline file's folder, so the
 * file works from any working directory.
 */
final class Baseline {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int FORMAT_VERSION = 1;
    private static final long MAX_BYTES = 32L * 1024 * 1024;

    private final Path dir;
    private final Set<String> keys;

    private Baseline(Path file, Set<String> keys) {
        this.dir = file.toAbsolutePath().normalize().getParent();
        this.keys = keys;
    }

    static Baseline read(Path file) throws IOException {
        if (Files.size(file) > MAX_BYTES) {
            throw new IOException("larger than " + MAX_BYTES / (1024 * 1024) + " MB (about 100,000 findings)");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(file.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException("not a baseline file (invalid JSON: " + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.path("findings").isArray()) {
            throw new IOException("not a baseline file (no \"findings\" list)");
        }
        Baseline baseline = new Baseline(file, new HashSet<>());
        for (JsonNode f : root.get("findings")) {
            baseline.keys.add(key(f.path("path").asText(), f.path("fingerprint").asText()));
        }
        return baseline;
    }

    /** Writes every finding of {@code results}; returns how many. */
    static int write(Path file, List<LintResult> results) throws IOException {
        Baseline paths = new Baseline(file, Set.of());
        ObjectNode root = MAPPER.createObjectNode();
        root.put("tool", "jobpost-lint");
        root.put("version", FORMAT_VERSION);
        ArrayNode findings = root.putArray("findings");
        for (LintResult r : results) {
            List<String> fingerprints = Fingerprints.of(r);
            for (int i = 0; i < r.findings().size(); i++) {
                LocatedFinding f = r.findings().get(i);
                ObjectNode n = findings.addObject();
                n.put("path", paths.path(r.path()));
                n.put("ruleId", f.finding().ruleId());
                n.put("fingerprint", fingerprints.get(i));
                n.put("excerpt", f.finding().excerpt());
            }
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n",
                StandardCharsets.UTF_8);
        return findings.size();
    }

    /** The results without the findings recorded in this baseline. */
    List<LintResult> filter(List<LintResult> results) {
        List<LintResult> out = new ArrayList<>(results.size());
        for (LintResult r : results) {
            List<String> fingerprints = Fingerprints.of(r);
            List<LocatedFinding> kept = new ArrayList<>();
            String path = path(r.path());
            for (int i = 0; i < r.findings().size(); i++) {
                if (!keys.contains(key(path, fingerprints.get(i)))) {
                    kept.add(r.findings().get(i));
                }
            }
            out.add(r.withFindings(kept));
        }
        return out;
    }

    private String path(String displayPath) {
        if (displayPath.equals("-")) {
            return displayPath;
        }
        Path p = Path.of(displayPath).toAbsolutePath().normalize();
        return (p.startsWith(dir) ? dir.relativize(p) : p).toString().replace('\\', '/');
    }

    private static String key(String path, String fingerprint) {
        return path + '\u0000' + fingerprint;
    }
}
