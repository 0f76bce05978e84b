package dev.jobpostlint.extract;

/**
 * Where a stretch of text stands in the source file, as a person would look for it:
 * 1-based line and column for text formats, page for PDF, paragraph for DOCX. Unknown parts are null.
 */
public record SourceLocation(Integer line, Integer column, Integer endLine, Integer endColumn,
                             Integer page, Integer paragraph) {

    public static final SourceLocation UNKNOWN = new SourceLocation(null, null, null, null, null, null);

    /** The same place with its lines moved down by {@code lines}: from a window of the source into the whole. */
    public SourceLocation shifted(int lines) {
        if (lines == 0 || line == null) {
            return this;
        }
        return new SourceLocation(line + lines, column, endLine == null ? null : endLine + lines, endColumn, page,
                paragraph);
    }

    public static SourceLocation lines(int line, int column, int endLine, int endColumn) {
        return new SourceLocation(line, column, endLine, endColumn, null, null);
    }

    public static SourceLocation page(int page) {
        return new SourceLocation(null, null, null, null, page, null);
    }

    public static SourceLocation paragraph(int paragraph) {
        return new SourceLocation(null, null, null, null, null, paragraph);
    }
}
