package dev.jobpostlint.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.LinkReferenceDefinition;
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
 * own columns. A row of a GitHub table is a block of its own. HTML blocks are read like an HTML page; code blocks
 * and images are not prose and are left out.
 */
final class MarkdownExtractor {

    // Thread-safe and reusable: commonmark parsers hold only configuration.
    private final Parser parser = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    /**
     * Ends a window of a large file: a blank line, then a comment line that gives no text but, being a line
     * that is not indented, closes what a window's next line would close. A block that takes it in instead
     * (fenced code, an HTML block) was still open at the window's end: see {@link #continuesPast}.
     */
    private static final String WINDOW_END = "\n<!-- -->\n";

    ExtractedText extract(String source) {
        return extract(source, parse(source));
    }

    /** Parses {@code source}; a line that nests too deeply throws {@link MarkdownDepth.TooDeep}. */
    Node parse(String source) {
        MarkdownDepth.check(source);
        return parser.parse(source);
    }

    ExtractedText extract(String source, Node document) {
        TextBuilder out = TextBuilder.forSource(source);
        blocks(document, source, out);
        return out.build(SourceFormat.MARKDOWN);
    }

    /**
     * A window of {@code lines} whole lines, made ready to be read alone: a line break if its last line lacks
     * one, the {@link #WINDOW_END} line, and a definition for every link label of the whole file (the posting may
     * use a label in one window and define it in another; where a link points does not matter to its text).
     */
    static String windowSource(String window, Collection<String> linkLabels) {
        StringBuilder s = new StringBuilder(window.length() + WINDOW_END.length() + 1 + linkLabels.size() * 16);
        s.append(window);
        if (!window.isEmpty() && window.charAt(window.length() - 1) != '\n' && window.charAt(window.length() - 1) != '\r') {
            s.append('\n');
        }
        s.append(WINDOW_END);
        for (String label : linkLabels) {
            s.append('[').append(label).append("]: x\n");
        }
        return s.toString();
    }

    /**
     * Whether a block at the top of {@code document} that starts in its first {@code lines} lines goes on after
     * them: a fenced code block or an HTML block that blank lines do not end, still open where the window ends.
     * Nothing else at the top level outlasts a blank line followed by a line that is not indented.
     */
    static boolean continuesPast(Node document, int lines) {
        for (Node node = document.getLastChild(); node != null; node = node.getPrevious()) {
            List<SourceSpan> spans = node.getSourceSpans();
            if (spans.isEmpty() || spans.get(0).getLineIndex() >= lines) {
                continue;
            }
            return spans.get(spans.size() - 1).getLineIndex() >= lines;
        }
        return false;
    }

    /** The labels of the link reference definitions in {@code document}, as written. */
    static List<String> linkLabels(Node document) {
        List<String> labels = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(LinkReferenceDefinition definition) {
                labels.add(definition.getLabel());
            }
        });
        return labels;
    }

    private void blocks(Node parent, String source, TextBuilder out) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading) {
                inlines(node, out);
                out.endBlock(BlockKind.HEADING);
            } else if (node instanceof Paragraph) {
                inlines(node, out);
                out.endBlock(node.getParent() instanceof ListItem ? BlockKind.LIST_ITEM : BlockKind.PARAGRAPH);
            } else if (node instanceof TableRow) {
                // a row is a line of its own: a criterion with its weight, a form field with its answer
                for (Node cell = node.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell != node.getFirstChild()) {
                        out.appendUnmapped(" | ");
                    }
                    inlines(cell, out);
                }
                out.endBlock(BlockKind.LIST_ITEM);
            } else if (node instanceof TableBlock || node instanceof TableHead || node instanceof TableBody) {
                blocks(node, source, out);
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
