package dev.jobpostlint.extract;

import java.util.List;

/**
 * A posting as plain text: markup removed, one block per heading, list item or paragraph
 * (blocks are separated by a newline in {@code text}), and a map from offsets back to the source.
 *
 * @param source the decoded source of a text format (Markdown, HTML, plain text), for what reads the
 *               markup itself (suppression comments, replacement ranges); null for PDF and DOCX
 * @param notice what a reader left out ("only the first 1,000,000 characters were read"), or null
 */
public record ExtractedText(SourceFormat format, String text, List<Block> blocks, SourceMap sourceMap,
                            String source, String notice) {
    public ExtractedText {
        blocks = List.copyOf(blocks);
    }

    public ExtractedText(SourceFormat format, String text, List<Block> blocks, SourceMap sourceMap, String source) {
        this(format, text, blocks, sourceMap, source, null);
    }

    public ExtractedText(SourceFormat format, String text, List<Block> blocks, SourceMap sourceMap) {
        this(format, text, blocks, sourceMap, null, null);
    }

    public ExtractedText withSource(String newSource) {
        return new ExtractedText(format, text, blocks, sourceMap, newSource, notice);
    }

    /** The same text, saying what its reader left out. */
    public ExtractedText withNotice(String newNotice) {
        return new ExtractedText(format, text, blocks, sourceMap, source, newNotice);
    }

    public String blockText(Block block) {
        return text.substring(block.start(), block.end());
    }
}
