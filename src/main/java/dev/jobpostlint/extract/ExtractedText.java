package dev.jobpostlint.extract;

import java.util.List;

/**
 * A posting as plain text: markup removed, one block per heading, list item or paragraph
 * (blocks are separated by a newline in {@code text}), and a map from offsets back to the source.
 *
 * @param source the decoded source of a text format (Markdown, HTML, plain text), for what reads the
 *               markup itself (suppression comments, replacement ranges); null for PDF and DOCX
 */
public record ExtractedText(SourceFormat format, String text, List<Block> blocks, SourceMap sourceMap,
                            String source) {
    public ExtractedText {
        blocks = List.copyOf(blocks);
    }

    public ExtractedText(SourceFormat format, String text, List<Block> blocks, SourceMap sourceMap) {
        this(format, text, blocks, sourceMap, null);
    }

    public ExtractedText withSource(String newSource) {
        return new ExtractedText(format, text, blocks, sourceMap, newSource);
    }

    public String blockText(Block block) {
        return text.substring(block.start(), block.end());
    }
}
