package dev.jobpostlint;

import java.util.List;

import dev.jobpostlint.extract.ExtractedText;
import dev.jobpostlint.extract.SourceFormat;

/**
 * What checking one posting gave: its findings, or the one-line reason it could not be read ({@code error}),
 * or why it was not checked although it was read, or what of it was left out ({@code notice}: a language without
 * rules; "only the first 1,000,000 characters were read and checked").
 *
 * @param language the two-letter code of the posting's language, or null if unknown
 * @param text     the extracted text the findings' spans point into, for views that show the whole posting;
 *                 null when the posting could not be read, was read in windows (a large file), or when no view
 *                 of the run shows it
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

    /** The same result without the extracted text, so that the text can be freed once the posting is checked. */
    public LintResult withoutText() {
        return text == null ? this : new LintResult(path, format, language, findings, error, notice, null);
    }

    /** The same result with other findings (e.g. those a baseline does not record). */
    public LintResult withFindings(List<LocatedFinding> newFindings) {
        return new LintResult(path, format, language, newFindings, error, notice, text);
    }

    public static LintResult failed(String path, SourceFormat format, String error) {
        return new LintResult(path, format, null, List.of(), error, null);
    }

    public boolean isError() {
        return error != null;
    }
}
