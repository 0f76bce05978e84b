package dev.jobpostlint.extract;

import java.nio.file.Path;

/** Placeholder until the extractors land. */
public final class Extractor {
    private final long maxBytes;

    public Extractor(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public ExtractedText extract(Path file) throws ExtractionException {
        throw ExtractionException.unreadable("not implemented");
    }

    public ExtractedText extract(String name, byte[] content) throws ExtractionException {
        throw ExtractionException.unreadable("not implemented");
    }
}
