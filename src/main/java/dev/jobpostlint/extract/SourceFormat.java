package dev.jobpostlint.extract;

/** The kind of file a posting was read from; decides how locations are reported. */
public enum SourceFormat {
    MARKDOWN("md"), TEXT("txt"), HTML("html"), PDF("pdf"), DOCX("docx"), OTHER("other");

    private final String id;

    SourceFormat(String id) {
        this.id = id;
    }

    /** The short name used in reports ("md", "pdf", ...). */
    public String id() {
        return id;
    }

    /** Whether findings in this format are located by line and column. */
    public boolean hasLines() {
        return this == MARKDOWN || this == TEXT || this == HTML;
    }
}
