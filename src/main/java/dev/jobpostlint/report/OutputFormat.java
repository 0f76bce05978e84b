package dev.jobpostlint.report;

import java.util.Locale;
import java.util.function.Function;

/** The output formats of {@code check}; each creates its reporter. */
public enum OutputFormat {
    TEXT(TextReporter::new, false),
    JSON(JsonReporter::new, false),
    GITHUB(GithubReporter::new, false),
    SARIF(SarifReporter::new, false),
    CHECKSTYLE(CheckstyleReporter::new, false),
    RDJSONL(RdjsonlReporter::new, false),
    HTML(HtmlReporter::new, true);

    private final Function<ReportOptions, Reporter> factory;
    private final boolean showsPostingText;

    OutputFormat(Function<ReportOptions, Reporter> factory, boolean showsPostingText) {
        this.factory = factory;
        this.showsPostingText = showsPostingText;
    }

    public Reporter create(ReportOptions options) {
        return factory.apply(options);
    }

    /**
     * Whether the report shows each posting's whole text with the findings marked in it; only then must a run
     * keep every posting's extracted text until the report is written.
     */
    public boolean showsPostingText() {
        return showsPostingText;
    }

    @Override
    public String toString() {
        return id();
    }

    /** The name used on the command line: "text", "json", "html". */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
