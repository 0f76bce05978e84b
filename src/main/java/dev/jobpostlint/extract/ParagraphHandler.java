package dev.jobpostlint.extract;

import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads Tika's XHTML for word-processor formats (ODT, RTF, DOC) into blocks numbered by paragraph:
 * every {@code <p>}, {@code <h1>}-{@code <h6>} and {@code <li>} of the body is one paragraph, counted from 1 in
 * document order; headers, footers, comments and embedded documents are skipped.
 */
final class ParagraphHandler extends DefaultHandler {

    private final int maxChars;
    private final TextBuilder out = TextBuilder.withoutLines();
    private int chars;
    private int paragraph;
    private BlockKind kind;
    private int skipDepth = -1;
    private int depth;
    private boolean inBody;

    ParagraphHandler(int maxChars) {
        this.maxChars = maxChars;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        depth++;
        String name = localName.isEmpty() ? qName : localName;
        if ("body".equals(name)) {
            inBody = true;
        }
        if (skipDepth >= 0) {
            return;
        }
        String type = atts.getValue("class");
        if ("div".equals(name) && type != null && type.matches("header|footer|comment|footnote|endnote|embedded|package-entry")) {
            skipDepth = depth;
            return;
        }
        BlockKind started = kindOf(name);
        if (started != null && kind == null) {
            out.endBlock(BlockKind.PARAGRAPH);
            paragraph++;
            kind = started;
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = localName.isEmpty() ? qName : localName;
        if (depth == skipDepth) {
            skipDepth = -1;
        } else if (skipDepth < 0 && kind != null && kind == kindOf(name)) {
            out.endBlock(kind);
            kind = null;
        }
        depth--;
    }

    @Override
    public void characters(char[] ch, int start, int length) throws TextLimitException {
        if (!inBody || skipDepth >= 0) {
            return;
        }
        out.appendUnit(new String(ch, start, length), 0, kind == null ? 0 : paragraph);
        chars += length;
        if (chars > maxChars) {
            throw new TextLimitException();
        }
    }

    private static BlockKind kindOf(String name) {
        if ("p".equals(name)) {
            return BlockKind.PARAGRAPH;
        }
        if ("li".equals(name)) {
            return BlockKind.LIST_ITEM;
        }
        if (name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6') {
            return BlockKind.HEADING;
        }
        return null;
    }

    ExtractedText toText() {
        if (kind != null) {
            out.endBlock(kind);
            kind = null;
        }
        return out.build(SourceFormat.OTHER);
    }
}
