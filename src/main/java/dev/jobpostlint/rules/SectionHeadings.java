package dev.jobpostlint.rules;

import dev.jobpostlint.extract.Block;
import dev.jobpostlint.extract.BlockKind;
import dev.jobpostlint.extract.ExtractedText;
import dev.jobpostlint.extract.SourceFormat;

/** Which blocks of a posting open a section, and of which kind: headings, and short lines like "Was du mitbringst:". */
final class SectionHeadings {

    /** A line with more words is not a heading, even when it ends with a colon. */
    private static final int MAX_HEADING_WORDS = 7;

    private SectionHeadings() {
    }

    /**
     * The section a block opens: a heading, or a short line like "Was du mitbringst:" naming a section.
     * A heading that names no section ends the one before in formats whose headings are marked up; in PDF
     * and plain text, where headings are guessed from the layout, such a line leaves the section as it is.
     */
    static SectionKind opensSection(ExtractedText text, Block block, Lexicon lexicon) {
        if (block.kind() == BlockKind.HEADING) {
            SourceFormat format = text.format();
            boolean markedUp = format == SourceFormat.MARKDOWN || format == SourceFormat.HTML || format == SourceFormat.DOCX;
            return lexicon.sectionOf(text.blockText(block)).orElse(markedUp ? SectionKind.NONE : null);
        }
        if (block.kind() != BlockKind.PARAGRAPH) {
            return null;
        }
        int words = words(text.text(), block.start(), block.end());
        if (words > MAX_HEADING_WORDS) {
            return null;
        }
        String trimmed = text.blockText(block).strip();
        boolean headingLike = trimmed.endsWith(":") || words <= 3 && !endsLikeSentence(trimmed);
        return headingLike ? lexicon.sectionOf(trimmed).orElse(null) : null;
    }

    /** As {@code text.substring(from, to).strip().split("\\s+").length}, without copying the text. */
    private static int words(String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        int words = 1;
        boolean inSpace = false;
        for (int i = from; i < to; i++) {
            boolean space = isRegexSpace(text.charAt(i));
            if (space && !inSpace) {
                words++;
            }
            inSpace = space;
        }
        return words;
    }

    /** What {@code \\s} matches in a Java regular expression without UNICODE_CHARACTER_CLASS. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** As {@code text.matches(".*[.!?;,]$")}; {@code .} does not cross a line break, so neither does this. */
    private static boolean endsLikeSentence(String text) {
        if (text.isEmpty() || ".!?;,".indexOf(text.charAt(text.length() - 1)) < 0) {
            return false;
        }
        for (int i = 0; i < text.length() - 1; i++) {
            if (isLineTerminator(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
