package dev.jobpostlint.extract;

/**
 * A heading, list item or paragraph: the unit sentences never cross.
 *
 * @param start offset of the first character in {@link ExtractedText#text()}
 * @param end   offset after the last character
 */
public record Block(int start, int end, BlockKind kind) {
    public Block {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad block range " + start + ".." + end);
        }
    }
}
