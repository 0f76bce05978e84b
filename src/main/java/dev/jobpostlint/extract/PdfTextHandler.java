package dev.jobpostlint.extract;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the XHTML that Tika's PDF parser writes ({@code <div class="page">} per page, {@code <p>} per
 * paragraph PDFBox found, a newline per line) into lines with their page, then joins lines into blocks:
 * a bullet line starts a list item; a line that does not end a sentence goes on in the next line unless
 * that one starts a bullet or a new paragraph; a short first line without terminal punctuation is a heading.
 */
final class PdfTextHandler extends DefaultHandler {

    /** A line of text on a page; {@code paragraphStart} if PDFBox put it at the start of a paragraph. */
    private record Line(String text, int page, boolean paragraphStart) {
    }

    private final int maxChars;
    private final List<Line> lines = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private int chars;
    private int pages;
    private int depth;
    private int pageDepth = -1;
    private boolean paragraphStart = true;

    PdfTextHandler(int maxChars) {
        this.maxChars = maxChars;
    }

    int pages() {
        return pages;
    }

    boolean hasText() {
        return !lines.isEmpty();
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        depth++;
        String name = localName.isEmpty() ? qName : localName;
        if ("div".equals(name) && pageDepth < 0 && "page".equals(atts.getValue("class"))) {
            pages++;
            pageDepth = depth;
            paragraphStart = true;
        } else if ("p".equals(name)) {
            endLine();
            paragraphStart = true;
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = localName.isEmpty() ? qName : localName;
        if ("p".equals(name)) {
            endLine();
            paragraphStart = true;
        }
        if (depth == pageDepth) {
            endLine();
            pageDepth = -1;
        }
        depth--;
    }

    @Override
    public void characters(char[] ch, int start, int length) throws TextLimitException {
        // outside a page div Tika writes the title and bookmarks, not page text
        if (pageDepth < 0) {
            return;
        }
        for (int i = start; i < start + length; i++) {
            if (ch[i] == '\n' || ch[i] == '\r') {
                endLine();
            } else {
                line.append(ch[i]);
            }
        }
        chars += length;
        if (chars > maxChars) {
            throw new TextLimitException();
        }
    }

    private void endLine() {
        String text = line.toString().strip();
        line.setLength(0);
        if (!text.isEmpty()) {
            lines.add(new Line(text, pages, paragraphStart));
            paragraphStart = false;
        }
    }

    /** The blocks of all lines read so far. */
    ExtractedText toText() {
        endLine();
        TextBuilder out = TextBuilder.withoutLines();
        BlockKind open = null;
        for (int i = 0; i < lines.size(); i++) {
            Line current = lines.get(i);
            String text = current.text();
            int bullet = LineHeuristics.bulletContentStart(text, 0, text.length());
            if (bullet >= 0) {
                close(out, open);
                out.appendUnit(text.substring(bullet), current.page(), 0);
                open = BlockKind.LIST_ITEM;
                continue;
            }
            if (open != null && goesOn(lines.get(i - 1), current, open)) {
                out.softBreak();
                out.appendUnit(text, current.page(), 0);
                continue;
            }
            close(out, open);
            out.appendUnit(text, current.page(), 0);
            if (isHeading(i)) {
                out.endBlock(BlockKind.HEADING);
                open = null;
            } else {
                open = BlockKind.PARAGRAPH;
            }
        }
        close(out, open);
        return out.build(SourceFormat.PDF);
    }

    /** Whether {@code current} continues the block that {@code previous} belongs to. */
    private static boolean goesOn(Line previous, Line current, BlockKind open) {
        if (LineHeuristics.endsSentence(previous.text())) {
            return false;
        }
        // wrapped bullet lines are indented, which PDFBox often takes for a new paragraph
        return open == BlockKind.LIST_ITEM || !current.paragraphStart()
                || LineHeuristics.continuesSentence(current.text());
    }

    private boolean isHeading(int index) {
        Line current = lines.get(index);
        if (!LineHeuristics.looksLikeHeading(current.text()) || index + 1 >= lines.size()) {
            return false;
        }
        Line next = lines.get(index + 1);
        return !LineHeuristics.continuesSentence(next.text());
    }

    private static void close(TextBuilder out, BlockKind open) {
        if (open != null) {
            out.endBlock(open);
        }
    }
}
