package dev.jobpostlint.extract;

import org.xml.sax.SAXException;

/** Stops a parse once a document has given more text than any posting holds; what was read is kept. */
final class TextLimitException extends SAXException {
    TextLimitException() {
        super("text limit reached");
    }
}
