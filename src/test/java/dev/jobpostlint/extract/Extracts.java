package dev.jobpostlint.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Small helpers for extraction tests: extract from a string, find a phrase, list blocks. */
final class Extracts {

    private Extracts() {
    }

    static ExtractedText extract(String name, String content) throws ExtractionException {
        return new Extractor(1_000_000).extract(name, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Where the first occurrence of {@code phrase} in the extracted text stands in the source. */
    static SourceLocation locate(ExtractedText text, String phrase) {
        int at = text.text().indexOf(phrase);
        assertThat(at).as("'%s' in extracted text:%n%s", phrase, text.text()).isNotNegative();
        return text.sourceMap().locate(at, at + phrase.length());
    }

    /** The blocks as "KIND: text", for readable assertions. */
    static List<String> blocks(ExtractedText text) {
        return text.blocks().stream().map(b -> b.kind() + ": " + text.blockText(b)).toList();
    }
}
