package dev.jobpostlint.extract;

/**
 * The extracted text of one window of a posting and where the window stands in the whole: {@code linesBefore}
 * source lines come before it, and its text starts at {@code textOffset} in the text the whole posting would give.
 */
public record TextWindow(ExtractedText text, int linesBefore, int textOffset) {
}
