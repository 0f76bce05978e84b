package dev.jobpostlint.extract;

import java.util.List;

/**
 * A posting as plain text: markup removed, one block per heading, list item or paragraph
 * (blocks are separated by a newline in {@code text}), and a map from offsets back to the source.
 */
public record ExtractedText(SourceFormat format, String text, List<Block> blocks, SourceMap sourceMap) {
    public ExtractedText {
        blocks = List.copyOf(blocks);
    }

    public String blockText(Block block) {
        return text.substring(block.start(), block.end());
    }
}
