package dev.jobpostlint;

import dev.jobpostlint.extract.SourceLocation;
import dev.jobpostlint.rules.Finding;

/**
 * A finding with the place in the source file where a person can find it.
 *
 * @param byteLocation        the same place with columns counted in UTF-8 bytes (as reviewdog counts them);
 *                            null for formats without lines
 * @param replaceableSentence where the finding's sentence stands verbatim on one line of the source, in UTF-8
 *                            byte columns, so a tool may replace it with a suggestion; null when it does not
 */
public record LocatedFinding(Finding finding, SourceLocation location, SourceLocation byteLocation,
                             SourceLocation replaceableSentence) {

    public LocatedFinding(Finding finding, SourceLocation location) {
        this(finding, location, null, null);
    }

    /**
     * The same finding located in a whole posting, from one window of it: {@code textOffset} is where the window's
     * extracted text starts in the posting's, {@code linesBefore} how many source lines stand before the window.
     */
    public LocatedFinding shifted(int textOffset, int linesBefore) {
        if (textOffset == 0 && linesBefore == 0) {
            return this;
        }
        SourceLocation shifted = location.shifted(linesBefore);
        SourceLocation bytesShifted = byteLocation == location ? shifted
                : byteLocation == null ? null : byteLocation.shifted(linesBefore);
        return new LocatedFinding(finding.shifted(textOffset), shifted, bytesShifted,
                replaceableSentence == null ? null : replaceableSentence.shifted(linesBefore));
    }

    public LocatedFinding withFinding(Finding newFinding) {
        return new LocatedFinding(newFinding, location, byteLocation, replaceableSentence);
    }
}
