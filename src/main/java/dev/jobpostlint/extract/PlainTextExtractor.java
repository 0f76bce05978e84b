package dev.jobpostlint.extract;

/**
 * Reads plain text. Blank lines separate blocks; a line starting with a bullet marker ({@code - }, {@code * },
 * {@code • }, {@code 1. }) starts a list item, continued by the indented lines under it; a short first line
 * without terminal punctuation that is directly followed by more text is a heading; other consecutive lines
 * form one paragraph. Markers are left out of the text, columns still point into the original lines.
 */
final class PlainTextExtractor {

    ExtractedText extract(String source) {
        TextBuilder out = TextBuilder.forSource(source);
        Lines lines = new Lines(source);
        BlockKind open = null;
        boolean previousEndedSentence = false;
        for (int i = 0; i < lines.count(); i++) {
            int from = lines.contentStart(i);
            int to = lines.contentEnd(i);
            if (from >= to) {
                open = close(out, open);
                continue;
            }
            String line = source.substring(from, to);
            int bullet = LineHeuristics.bulletContentStart(source, from, to);
            if (bullet >= 0) {
                open = close(out, open);
                out.appendSource(bullet, to);
                open = BlockKind.LIST_ITEM;
            } else if (open == BlockKind.LIST_ITEM && from > lines.start(i)) {
                out.softBreak();
                out.appendSource(from, to);
            } else if (open == BlockKind.PARAGRAPH && !(previousEndedSentence && isHeading(line, lines, i + 1, source))) {
                out.softBreak();
                out.appendSource(from, to);
            } else {
                open = close(out, open);
                out.appendSource(from, to);
                if (isHeading(line, lines, i + 1, source)) {
                    out.endBlock(BlockKind.HEADING);
                } else {
                    open = BlockKind.PARAGRAPH;
                }
            }
            previousEndedSentence = LineHeuristics.endsSentence(line);
        }
        close(out, open);
        return out.build(SourceFormat.TEXT);
    }

    private static BlockKind close(TextBuilder out, BlockKind open) {
        if (open != null) {
            out.endBlock(open);
        }
        return null;
    }

    /** A heading is directly followed by content that does not merely continue its sentence. */
    private static boolean isHeading(String line, Lines lines, int next, String source) {
        if (!LineHeuristics.looksLikeHeading(line) || next >= lines.count()) {
            return false;
        }
        int from = lines.contentStart(next);
        int to = lines.contentEnd(next);
        if (from >= to) {
            return false;
        }
        return LineHeuristics.bulletContentStart(source, from, to) >= 0
                || !LineHeuristics.continuesSentence(source.substring(from, to));
    }
}
