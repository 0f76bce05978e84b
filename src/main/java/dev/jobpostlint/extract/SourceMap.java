package dev.jobpostlint.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps offsets in extracted text back to the source file. Built once by the extractor; everything
 * after extraction works with offsets and asks this map only when a finding is reported.
 *
 * <p>For text formats each segment ties a run of extracted characters to a run of source characters
 * (one to one where the lengths agree, clamped where markup such as an entity changed the length);
 * source offsets become 1-based line and column through the source's line starts. For PDF and DOCX a
 * segment carries the page or paragraph number instead.
 *
 * <p>Location semantics for text formats: {@code line} and {@code column} are those of the first
 * character, both 1-based; {@code endLine} and {@code endColumn} point just after the last character
 * (the last character's column + 1), so a one-character range on column 5 ends at column 6. Columns
 * count UTF-16 characters of the decoded source (a tab is one column, a byte order mark is not counted).
 * When the last character came from a longer piece of markup (an entity such as {@code &amp;}), the end
 * is after the whole piece.
 */
public final class SourceMap {

    /** A run of extracted text and where it came from. Page and paragraph are 0 when unknown. */
    public record Segment(int textStart, int textEnd, int sourceStart, int sourceEnd, int page, int paragraph) {
    }

    private final List<Segment> segments;
    private final int[] lineStarts;

    private SourceMap(List<Segment> segments, int[] lineStarts) {
        this.segments = List.copyOf(segments);
        this.lineStarts = lineStarts;
    }

    /** A map for a text format, whose segments point into {@code source}. */
    public static Builder forSource(CharSequence source) {
        return new Builder(LineStarts.of(source));
    }

    /** A map for a format without lines (PDF pages, DOCX paragraphs). */
    public static Builder withoutLines() {
        return new Builder(null);
    }

    public List<Segment> segments() {
        return segments;
    }

    /** The source location of extracted text {@code [start, end)}. */
    public SourceLocation locate(int start, int end) {
        int lastOffset = Math.max(start, end - 1);
        Segment first = segmentAt(start, false);
        Segment last = segmentAt(lastOffset, true);
        if (first == null || last == null) {
            return SourceLocation.UNKNOWN;
        }
        if (lineStarts == null) {
            return new SourceLocation(null, null, null, null,
                    first.page() > 0 ? first.page() : null, first.paragraph() > 0 ? first.paragraph() : null);
        }
        int from = sourceOffset(first, start);
        int to = sourceEndOffset(last, lastOffset);
        int line = LineStarts.lineOf(lineStarts, from);
        int endLine = LineStarts.lineOf(lineStarts, Math.max(from, to - 1));
        return new SourceLocation(line + 1, from - lineStarts[line] + 1, endLine + 1, to - lineStarts[endLine] + 1,
                null, null);
    }

    /**
     * Whether extracted text {@code [start, end)} stands unchanged in the source, as one run on one line, so that
     * replacing that source range replaces exactly this text (no markup, entity or line break inside it).
     */
    public boolean isVerbatim(int start, int end) {
        if (lineStarts == null || end <= start) {
            return false;
        }
        Segment first = segmentAt(start, false);
        if (first == null || first != segmentAt(end - 1, true) || start < first.textStart() || end > first.textEnd()
                || first.textEnd() - first.textStart() != first.sourceEnd() - first.sourceStart()) {
            return false;
        }
        int from = sourceOffset(first, start);
        return LineStarts.lineOf(lineStarts, from) == LineStarts.lineOf(lineStarts, from + (end - start) - 1);
    }

    /**
     * The segment holding {@code offset}; for an offset between segments (the newline between blocks)
     * the one before it if {@code preferEarlier}, else the one after it.
     */
    private Segment segmentAt(int offset, boolean preferEarlier) {
        int lo = 0;
        int hi = segments.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (segments.get(mid).textStart() <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (found >= 0 && offset < segments.get(found).textEnd()) {
            return segments.get(found);
        }
        if (preferEarlier) {
            return found >= 0 ? segments.get(found) : null;
        }
        if (found + 1 < segments.size()) {
            return segments.get(found + 1);
        }
        return found >= 0 ? segments.get(found) : null;
    }

    private static int sourceOffset(Segment s, int textOffset) {
        int delta = Math.max(0, textOffset - s.textStart());
        return Math.min(s.sourceStart() + delta, Math.max(s.sourceStart(), s.sourceEnd() - 1));
    }

    /** The source offset just after text character {@code textOffset}; the whole segment's end if it is its last. */
    private static int sourceEndOffset(Segment s, int textOffset) {
        if (textOffset >= s.textEnd() - 1) {
            return Math.max(s.sourceEnd(), s.sourceStart() + 1);
        }
        return sourceOffset(s, textOffset) + 1;
    }

    /** Collects segments in text order. */
    public static final class Builder {
        private final int[] lineStarts;
        private final List<Segment> segments = new ArrayList<>();

        private Builder(int[] lineStarts) {
            this.lineStarts = lineStarts;
        }

        /** Extracted text {@code [textStart, textEnd)} came from source {@code [sourceStart, sourceEnd)}. */
        public Builder add(int textStart, int textEnd, int sourceStart, int sourceEnd) {
            segments.add(new Segment(textStart, textEnd, sourceStart, sourceEnd, 0, 0));
            return this;
        }

        /** Extracted text {@code [textStart, textEnd)} stands on {@code page} or in {@code paragraph} (1-based, 0 if unknown). */
        public Builder addUnit(int textStart, int textEnd, int page, int paragraph) {
            segments.add(new Segment(textStart, textEnd, 0, 0, page, paragraph));
            return this;
        }

        public SourceMap build() {
            List<Segment> sorted = new ArrayList<>(segments);
            sorted.sort((a, b) -> Integer.compare(a.textStart(), b.textStart()));
            return new SourceMap(sorted, lineStarts);
        }
    }
}
