package dev.jobpostlint.extract;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;

/**
 * Reads HTML with jsoup, tracking source positions: block elements ({@code p}, {@code li}, {@code h1}-{@code h6},
 * {@code div}, table cells, ...) and {@code br}-separated lines become blocks, and every character keeps the
 * source range of its text node (entities such as {@code &amp;} map to the whole entity). Scripts, styles,
 * navigation, the head and hidden elements are skipped; hidden text gets a notice.
 */
final class HtmlExtractor {

    private static final Set<String> SKIPPED = Set.of("head", "script", "style", "nav", "noscript", "template",
            "svg", "math", "iframe", "object", "select", "button", "textarea");

    private static final Pattern HIDING_SPACE = Pattern.compile("\\s+");

    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6",
            "td", "th", "tr", "table", "thead", "tbody", "tfoot", "caption", "dl", "dt", "dd", "ul", "ol",
            "blockquote", "section", "article", "header", "footer", "main", "aside", "pre", "address",
            "figure", "figcaption", "form", "fieldset", "legend", "details", "summary", "hr", "center", "body");

    /** A posting has a few hundred elements, a whole careers page a few thousand; each costs memory when parsed. */
    static final int MAX_ELEMENTS = 100_000;

    /** Elements nested deeper are read as siblings of the deepest, as browsers do (jsoup's own default is 512). */
    static final int MAX_DEPTH = 256;

    ExtractedText extract(String source) throws ExtractionException {
        int elements = countTags(source);
        if (elements > MAX_ELEMENTS) {
            throw ExtractionException.unreadable(String.format(Locale.ROOT,
                    "too many HTML elements: %,d (limit %,d; a posting has a few hundred)", elements, MAX_ELEMENTS));
        }
        TextBuilder out = TextBuilder.forSource(source);
        appendBlocks(source, 0, source.length(), out);
        return out.build(SourceFormat.HTML);
    }

    /** Start tags, counted before parsing: a {@code <} followed by a letter. */
    private static int countTags(String source) {
        int count = 0;
        for (int i = source.indexOf('<'); i >= 0 && i + 1 < source.length(); i = source.indexOf('<', i + 1)) {
            char next = source.charAt(i + 1);
            if ((next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z')) {
                count++;
            }
        }
        return count;
    }

    /** Appends the blocks of the HTML in source {@code [from, to)}; also used for HTML blocks inside Markdown. */
    static void appendBlocks(String source, int from, int to, TextBuilder out) {
        Document document = Parser.htmlParser().setTrackPosition(true).setMaxDepth(MAX_DEPTH)
                .parseInput(source.substring(from, to), "");
        Node root = document.body() != null ? document.body() : document;
        root.filter(new BlockWalker(out, from));
        out.endBlock(BlockKind.PARAGRAPH);
    }

    /** Walks the tree; the kind of the innermost open block decides what pending text becomes. */
    private static final class BlockWalker implements NodeFilter {
        private final TextBuilder out;
        private final int offset;
        private final Deque<BlockKind> open = new ArrayDeque<>();

        BlockWalker(TextBuilder out, int offset) {
            this.out = out;
            this.offset = offset;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (depth >= MAX_DEPTH - 2) {
                out.flattened(MAX_DEPTH);
            }
            if (out.textLength() >= TikaExtractor.MAX_CHARS) {
                out.truncated();
                return FilterResult.STOP;
            }
            if (node instanceof TextNode text) {
                appendText(text);
            } else if (node instanceof Element element) {
                String name = element.normalName();
                if (SKIPPED.contains(name)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (isHidden(element)) {
                    if (!element.text().isBlank()) {
                        out.skipHidden();
                    }
                    return FilterResult.SKIP_ENTIRELY;
                }
                if ("br".equals(name)) {
                    out.endBlock(current());
                } else if (BLOCKS.contains(name)) {
                    out.endBlock(current());
                    open.push(kindOf(name));
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                out.endBlock(current());
                open.pop();
            }
            return FilterResult.CONTINUE;
        }

        private static boolean isHidden(Element element) {
            if (element.hasAttr("hidden")) {
                return true;
            }
            String style = element.attr("style");
            if (style.isEmpty()) {
                return false;
            }
            String compact = HIDING_SPACE.matcher(style.toLowerCase(Locale.ROOT)).replaceAll("");
            return compact.contains("display:none") || compact.contains("visibility:hidden");
        }

        private BlockKind kindOf(String name) {
            if ("li".equals(name)) {
                return BlockKind.LIST_ITEM;
            }
            if (name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1))) {
                return BlockKind.HEADING;
            }
            // a <p> inside a list item is still the list item's text
            BlockKind outer = current();
            return outer == BlockKind.LIST_ITEM || outer == BlockKind.HEADING ? outer : BlockKind.PARAGRAPH;
        }

        private BlockKind current() {
            return open.isEmpty() ? BlockKind.PARAGRAPH : open.peek();
        }

        private void appendText(TextNode text) {
            String whole = text.getWholeText();
            Range range = text.sourceRange();
            if (range.isTracked() && !range.isImplicit()) {
                out.appendDecoded(whole, offset + range.startPos(), offset + range.endPos());
            } else {
                out.appendUnmapped(whole);
            }
        }
    }
}
