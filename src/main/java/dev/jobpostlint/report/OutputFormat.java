package dev.jobpostlint.report;

import java.util.Locale;
import java.util.function.Function;

/** The output formats of {@code check}; each creates its reporter. */
public enum OutputFormat {
    TEXT(TextReporter::new),
    JSON(JsonReporter::new),
    GITHUB(GithubReporter::new),
    SARIF(SarifReporter::new),
    CHECKSTYLE(CheckstyleReporter::new),
    RDJSONL(RdjsonlReporter::new),
    HTML(HtmlReporter::new);

    private final Function<ReportOptions, Reporter> factory;

    OutputFormat(Function<ReportOptions, Reporter> factory) {
        this.factory = factory;
    }

    public Reporter create(ReportOptions options) {
        return factory.apply(options);
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
