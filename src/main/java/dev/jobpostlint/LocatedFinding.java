package dev.jobpostlint;

import dev.jobpostlint.extract.SourceLocation;
import dev.jobpostlint.rules.Finding;

/** A finding with the place in the source file where a person can find it. */
public record LocatedFinding(Finding finding, SourceLocation location) {
}
