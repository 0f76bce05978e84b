package dev.jobpostlint.extract;

import java.util.List;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads Markdown with commonmark-java: headings, list items and paragraphs become blocks, and every
 * character of text keeps its source span, so text inside {@code **bold**}, links or code maps to its
 * own columns. HTML blocks are read like an HTML page; code blocks and images are not prose and are left out.
 */
final class MarkdownExtractor {

    // Thread-safe and reusable: commonmark parsers hold only configuration.
    private final Parser parser = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    ExtractedText extract(String source) {
        TextBuilder out = TextBuilder.forSource(source);
        Node document = parser.parse(source);
        blocks(document, source, out);
        return out.build(SourceFormat.MARKDOWN);
    }

    private void blocks(Node parent, String source, TextBuilder out) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading) {
                inlines(node, out);
                out.endBlock(BlockKind.HEADING);
            } else if (node instanceof Paragraph) {
                inlines(node, out);
                out.endBlock(node.getParent() instanceof ListItem ? BlockKind.LIST_ITEM : BlockKind.PARAGRAPH);
            } else if (node instanceof HtmlBlock && !node.getSourceSpans().isEmpty()) {
                // postings pasted from job boards often carry <p> or <ul> blocks inside Markdown
                List<SourceSpan> spans = node.getSourceSpans();
                SourceSpan last = spans.get(spans.size() - 1);
                HtmlExtractor.appendBlocks(source, spans.get(0).getInputIndex(), last.getInputIndex() + last.getLength(), out);
            } else if (node instanceof Document || node instanceof BlockQuote || node instanceof ListBlock
                    || node instanceof ListItem) {
                blocks(node, source, out);
            }
        }
    }

    private void inlines(Node parent, TextBuilder out) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Text text) {
                appendSpanned(text.getLiteral(), text.getSourceSpans(), out);
            } else if (node instanceof Code code) {
                appendCode(code, out);
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                out.softBreak();
            } else if (node instanceof org.commonmark.node.Image || node instanceof org.commonmark.node.HtmlInline) {
                continue;
            } else {
                // emphasis, strong emphasis, links: their text is in their children
                inlines(node, out);
            }
        }
    }

    private static void appendSpanned(String literal, List<SourceSpan> spans, TextBuilder out) {
        if (spans.isEmpty()) {
            out.appendUnmapped(literal);
            return;
        }
        SourceSpan first = spans.get(0);
        SourceSpan last = spans.get(spans.size() - 1);
        out.appendDecoded(literal, first.getInputIndex(), last.getInputIndex() + last.getLength());
    }

    /** The span of inline code includes its backticks; the literal sits inside them. */
    private static void appendCode(Code code, TextBuilder out) {
        List<SourceSpan> spans = code.getSourceSpans();
        if (spans.size() != 1) {
            appendSpanned(code.getLiteral(), spans, out);
            return;
        }
        SourceSpan span = spans.get(0);
        int from = span.getInputIndex();
        int to = from + span.getLength();
        while (from < to && out.sourceChar(from) == '`') {
            from++;
        }
        while (to > from && out.sourceChar(to - 1) == '`') {
            to--;
        }
        String literal = code.getLiteral();
        if (to - from > literal.length() && out.sourceChar(from) == ' ' && !literal.startsWith(" ")) {
            from++;
        }
        out.appendDecoded(literal, from, to);
    }
}
