package dev.jobpostlint.report;

import java.util.List;

import dev.jobpostlint.LintResult;
import dev.jobpostlint.LocatedFinding;
import dev.jobpostlint.extract.SourceFormat;
import dev.jobpostlint.extract.SourceLocation;
import dev.jobpostlint.nlp.Span;
import dev.jobpostlint.rules.Finding;
import dev.jobpostlint.rules.ModelVerdict;
import dev.jobpostlint.rules.Severity;

/**
 * Hand-built results covering every kind of location, a rule's finding the model agrees with, a rule's finding
 * without the model, one of the model's own, an unreadable file and a notice.
 */
final class Fixtures {

    private Fixtures() {
    }

    static List<LintResult> results() {
        String de = "Du hast mindestens 10.000 Follower auf deinem eigenen Instagram-Account.";
        Finding followers = new Finding("follower-count", "follower-count", Severity.WARNING,
                "Asks for a personal follower count.", new Span(108, 134), "mindestens 10.000 Follower",
                new Span(100, 100 + de.length()), de,
                List.of("Nachweisbare Erfahrung im Aufbau von Instagram-Kanälen für Marken, belegt durch KPIs wie "
                        + "Engagement-Rate, Conversion-Rate und ROI."), Finding.Source.RULE,
                new ModelVerdict("follower-count", 0.984, 0.011, true, 2, 5));
        String en = "You are an influencer yourself and love being in front of the camera.";
        Finding influencer = new Finding("influencer-status", "influencer-status", Severity.ERROR,
                "Asks the candidate to be an influencer.", new Span(8, 30), "an influencer yourself",
                new Span(0, en.length()), en,
                List.of("Experience planning and running campaigns with creators for brands.",
                        "Community management for a brand, measured by engagement rate."));
        Finding camera = new Finding("on-camera-persona", "on-camera-persona", Severity.INFO,
                "Makes being on camera a core requirement.", new Span(0, 0), "vor der Kamera",
                new Span(0, 0), "Du stehst gerne vor der Kamera.", List.of(), Finding.Source.MODEL,
                new ModelVerdict("on-camera-persona", 0.8712, 0.1, true, 3, 6));
        return List.of(
                new LintResult("examples/de/stelle.md", SourceFormat.MARKDOWN, "de",
                        List.of(new LocatedFinding(followers, SourceLocation.lines(14, 9, 14, 35),
                                SourceLocation.lines(14, 9, 14, 35), SourceLocation.lines(14, 3, 14, 76))), null, null),
                new LintResult("examples/en/post.pdf", SourceFormat.PDF, "en",
                        List.of(new LocatedFinding(influencer, SourceLocation.page(2))), null, null),
                new LintResult("examples/de/anzeige.docx", SourceFormat.DOCX, "de",
                        List.of(new LocatedFinding(camera, SourceLocation.paragraph(7))), null, null),
                LintResult.failed("missing.md", SourceFormat.OTHER, "no such file or directory"),
                new LintResult("examples/fr/offre.txt", SourceFormat.TEXT, null, List.of(), null,
                        "language 'fra' is not supported (de, en); use --lang to force one"));
    }
}
