package dev.jobpostlint.extract;

/**
 * A posting's extracted text, one window after another: the whole posting as one window for most files, or
 * windows of a large Markdown or plain-text file, read so that only one of them is in memory at a time.
 */
public interface ExtractedWindows extends AutoCloseable {

    SourceFormat format();

    /** Whether the posting was read whole: then its one window is its whole text. */
    boolean whole();

    /** The next window; null after the last. */
    TextWindow next() throws ExtractionException;

    @Override
    void close();

    /** A posting read whole. */
    static ExtractedWindows of(ExtractedText text) {
        return new ExtractedWindows() {
            private boolean given;

            @Override
            public SourceFormat format() {
                return text.format();
            }

            @Override
            public boolean whole() {
                return true;
            }

            @Override
            public TextWindow next() {
                if (given) {
                    return null;
                }
                given = true;
                return new TextWindow(text, 0, 0);
            }

            @Override
            public void close() {
            }
        };
    }
}
