package dev.jobpostlint.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.jobpostlint.LintResult;
import dev.jobpostlint.LocatedFinding;
import dev.jobpostlint.rules.Finding;

/**
 * Identifies a finding across edits of its file: a hash of the rule id, the normalized sentence, the normalized
 * excerpt and the finding's index among identical ones in the file. Lines, columns and the path play no part,
 * so a finding keeps its fingerprint when text is added above it. SARIF's {@code partialFingerprints} and the
 * baseline both use it, so they agree.
 */
public final class Fingerprints {

    /** The key under SARIF {@code partialFingerprints}; bump the version when the recipe changes. */
    public static final String SARIF_KEY = "jobpostLint/v1";

    private Fingerprints() {
    }

    /** One fingerprint per finding of {@code result}, in the same order. */
    public static List<String> of(LintResult result) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> out = new ArrayList<>(result.findings().size());
        for (LocatedFinding located : result.findings()) {
            Finding f = located.finding();
            String key = f.ruleId() + '\u0000' + normalize(f.sentence()) + '\u0000' + normalize(f.excerpt());
            int occurrence = seen.merge(key, 1, Integer::sum) - 1;
            out.add(sha256(key + '\u0000' + occurrence));
        }
        return out;
    }

    /** Case, Unicode composition and runs of white space do not change a fingerprint. */
    static String normalize(String s) {
        if (s == null) {
            return "";
        }
        return Normalizer.normalize(s, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String sha256(String s) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
