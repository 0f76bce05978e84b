package dev.jobpostlint;

import java.util.List;

import dev.jobpostlint.extract.ExtractedText;
import dev.jobpostlint.extract.SourceFormat;

/**
 * What checking one posting gave: its findings, or the one-line reason it could not be read ({@code error}),
 * or why it was not checked although it was read ({@code notice}, e.g. a language without rules).
 *
 * @param language the two-letter code of the posting's language, or null if unknown
 * @param text     the extracted text the findings' spans point into, for views that show the whole posting;
 *                 null when the posting could not be read
 */
public record LintResult(String path, SourceFormat format, String language, List<LocatedFinding> findings,
                         String error, String notice, ExtractedText text) {
    public LintResult {
        findings = List.copyOf(findings);
    }

    /** A result without the extracted text. */
    public LintResult(String path, SourceFormat format, String language, List<LocatedFinding> findings,
                      String error, String notice) {
        this(path, format, language, findings, error, notice, null);
    }

    public static LintResult failed(String path, SourceFormat format, String error) {
        return new LintResult(path, format, null, List.of(), error, null);
    }

    public boolean isError() {
        return error != null;
    }
}
