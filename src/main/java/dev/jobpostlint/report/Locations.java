package dev.jobpostlint.report;

import dev.jobpostlint.LocatedFinding;
import dev.jobpostlint.extract.SourceLocation;

/** How the line-oriented CI formats show a place: PDF and DOCX findings stand at line 1 and name the page or paragraph. */
final class Locations {

    private Locations() {
    }

    static SourceLocation of(LocatedFinding f) {
        return f.location() == null ? SourceLocation.UNKNOWN : f.location();
    }

    static boolean hasLines(SourceLocation loc) {
        return loc.line() != null;
    }

    static int line(SourceLocation loc) {
        return loc.line() == null ? 1 : loc.line();
    }

    /** "page 2: " or "paragraph 7: " for formats without lines, else "". */
    static String unitPrefix(SourceLocation loc) {
        if (loc.page() != null) {
            return "page " + loc.page() + ": ";
        }
        if (loc.paragraph() != null) {
            return "paragraph " + loc.paragraph() + ": ";
        }
        return "";
    }
}
