package dev.jobpostlint.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Collects the blocks of a posting and, for every character, where it came from; shared by all extractors.
 *
 * <p>Characters are appended to a pending block together with their origin: a source range
 * {@code [from, to)} for text formats, a page and paragraph for PDF and DOCX. {@link #endBlock} trims the
 * block, collapses every run of whitespace (line breaks, tabs, no-break spaces) into one space and drops
 * invisible characters (soft hyphen, zero-width space), so extractors can append raw source text and
 * let this class decide what a reader sees.
 */
final class TextBuilder {

    /** Longest entity we try to skip over when aligning decoded text with its source ({@code &CounterClockwiseContourIntegral;}). */
    private static final int MAX_ENTITY = 34;

    static final int MAX_BLOCK_CHARS = 10_000;

    private final String source;
    private final SourceMap.Builder map;
    private final StringBuilder text;
    private final List<Block> blocks = new ArrayList<>();

    private final StringBuilder pending = new StringBuilder();
    private int[] originA = new int[256];
    private int[] originB = new int[256];
    private int lastA;
    private int lastB;

    // the segment being grown: text [segText, text.length()) from origin [segA, segB)
    private int segText = -1;
    private int segA;
    private int segB;

    private int hiddenBlocks;
    private int flattenedAt;
    private boolean truncated;

    private TextBuilder(String source, SourceMap.Builder map) {
        this.source = source;
        this.map = map;
        // the text is the source less its markup: growing to it would copy it several times
        this.text = new StringBuilder(source == null ? 256 : source.length());
    }

    /** A builder whose characters come from ranges of {@code source} (Markdown, HTML, text). */
    static TextBuilder forSource(String source) {
        return new TextBuilder(source, SourceMap.forSource(source));
    }

    /** A builder whose characters come from pages or paragraphs (PDF, DOCX, other documents). */
    static TextBuilder withoutLines() {
        return new TextBuilder(null, SourceMap.withoutLines());
    }

    /** Characters appended to the pending block so far (including whitespace that may be trimmed). */
    int pendingLength() {
        return pending.length();
    }

    /** The source character at {@code offset} (text formats only). */
    char sourceChar(int offset) {
        return source.charAt(offset);
    }

    /** Appends one character from source {@code [from, to)}. */
    void append(char c, int from, int to) {
        int n = pending.length();
        if (n == originA.length) {
            originA = Arrays.copyOf(originA, n * 2);
            originB = Arrays.copyOf(originB, n * 2);
        }
        pending.append(c);
        originA[n] = from;
        originB[n] = to;
        lastA = from;
        lastB = to;
    }

    /** Appends source {@code [from, to)} as it stands. */
    void appendSource(int from, int to) {
        int n = pending.length();
        int needed = n + to - from;
        if (needed > originA.length) {
            int capacity = Math.max(needed, originA.length * 2);
            originA = Arrays.copyOf(originA, capacity);
            originB = Arrays.copyOf(originB, capacity);
        }
        pending.append(source, from, to);
        for (int i = from; i < to; i++, n++) {
            originA[n] = i;
            originB[n] = i + 1;
        }
        if (to > from) {
            lastA = to - 1;
            lastB = to;
        }
    }

    /**
     * Appends {@code decoded}, the reading of source {@code [from, to)} after entities and escapes were
     * resolved. Characters that agree with the source map one to one; an entity ({@code &amp;}) or an escape
     * ({@code \*}) maps its one character to the whole piece of markup.
     */
    void appendDecoded(CharSequence decoded, int from, int to) {
        if (from < 0 || to > source.length() || to < from) {
            appendUnmapped(decoded);
            return;
        }
        if (decoded.length() == to - from && source.regionMatches(from, decoded.toString(), 0, to - from)) {
            appendSource(from, to);
            return;
        }
        int j = from;
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (j >= to) {
                append(c, Math.max(from, to - 1), to);
                continue;
            }
            char s = source.charAt(j);
            int entityEnd = s == '&' ? entityEnd(j, to) : -1;
            if (entityEnd > 0 && (c != '&' || !continuesVerbatim(decoded, i + 1, j + 1, entityEnd))) {
                append(c, j, entityEnd);
                j = entityEnd;
                // a few entities decode to two characters (an emoji by number); keep the second on the same markup
                if (Character.isHighSurrogate(c) && i + 1 < decoded.length()) {
                    append(decoded.charAt(++i), j - 1, j);
                }
            } else if (s == c) {
                append(c, j, j + 1);
                j++;
            } else if (s == '\r' && c == '\n' && j + 1 < to && source.charAt(j + 1) == '\n') {
                append(c, j, j + 2);
                j += 2;
            } else if (s == '\\' && j + 1 < to && source.charAt(j + 1) == c) {
                append(c, j, j + 2);
                j += 2;
            } else {
                append(c, j, j + 1);
                j++;
            }
        }
    }

    /** Whether decoded text from {@code i} repeats source {@code [from, to)}: then an {@code &} there was literal. */
    private boolean continuesVerbatim(CharSequence decoded, int i, int from, int to) {
        if (decoded.length() - i < to - from) {
            return false;
        }
        for (int k = 0; k < to - from; k++) {
            if (decoded.charAt(i + k) != source.charAt(from + k)) {
                return false;
            }
        }
        return true;
    }

    private int entityEnd(int amp, int limit) {
        int max = Math.min(limit, amp + MAX_ENTITY);
        for (int k = amp + 1; k < max; k++) {
            char ch = source.charAt(k);
            if (ch == ';') {
                return k > amp + 1 ? k + 1 : -1;
            }
            if (!Character.isLetterOrDigit(ch) && ch != '#') {
                return -1;
            }
        }
        return -1;
    }

    /** Appends text whose source position is unknown; it is mapped to where the previous character ended. */
    void appendUnmapped(CharSequence chars) {
        for (int i = 0; i < chars.length(); i++) {
            append(chars.charAt(i), lastB, lastB);
        }
    }

    /** Appends text that stands on {@code page} or in {@code paragraph} (1-based, 0 if unknown). */
    void appendUnit(CharSequence chars, int page, int paragraph) {
        for (int i = 0; i < chars.length(); i++) {
            append(chars.charAt(i), page, paragraph);
        }
    }

    /** A line break inside a block: it reads as one space, located where the previous character ended. */
    void softBreak() {
        if (source == null) {
            append(' ', lastA, lastB);
        } else {
            append(' ', lastB, Math.min(lastB + 1, source.length()));
        }
    }

    /** Ends the pending block; it becomes a block of {@code kind} unless it holds only whitespace. */
    void endBlock(BlockKind kind) {
        int n = pending.length();
        char[] chars = new char[n];
        pending.getChars(0, n, chars, 0);
        int start = -1;
        int pendingSpace = -1;
        for (int i = 0; i < n; i++) {
            char c = chars[i];
            boolean plainVisible = c > ' ' && c < 0x7F;
            if (!plainVisible && isInvisible(c)) {
                continue;
            }
            if (!plainVisible && (Character.isWhitespace(c) || Character.isSpaceChar(c))) {
                if (start >= 0 && pendingSpace < 0) {
                    pendingSpace = i;
                }
                continue;
            }
            if (start < 0) {
                if (text.length() > 0) {
                    text.append('\n');
                }
                start = text.length();
            } else if (pendingSpace >= 0) {
                emit(' ', pendingSpace);
            }
            pendingSpace = -1;
            emit(c, i);
        }
        flushSegment();
        if (start >= 0) {
            addBlock(start, text.length(), kind);
        }
        pending.setLength(0);
    }

    /**
     * Adds a block, cut into pieces of at most {@link #MAX_BLOCK_CHARS} after the last sentence end (or space)
     * within each: a paragraph is a few hundred characters, and the sentence detector and the checks after it take
     * a block at a time.
     */
    private void addBlock(int start, int end, BlockKind kind) {
        int from = start;
        while (end - from > MAX_BLOCK_CHARS) {
            int cut = pieceEnd(from, from + MAX_BLOCK_CHARS);
            blocks.add(new Block(from, cut, kind));
            from = cut;
            while (from < end && text.charAt(from) == ' ') {
                from++;
            }
        }
        if (from < end) {
            blocks.add(new Block(from, end, kind));
        }
    }

    private int pieceEnd(int from, int limit) {
        int space = -1;
        for (int i = limit - 1; i > from + MAX_BLOCK_CHARS / 2; i--) {
            if (text.charAt(i) == ' ') {
                char before = text.charAt(i - 1);
                if (before == '.' || before == '!' || before == '?') {
                    return i;
                }
                space = space < 0 ? i : space;
            }
        }
        if (space > 0) {
            return space;
        }
        return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
    }

    private static boolean isInvisible(char c) {
        return c == '\u00AD' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u2060';
    }

    private void emit(char c, int pendingIndex) {
        int a = originA[pendingIndex];
        int b = originB[pendingIndex];
        int at = text.length();
        if (segText >= 0 && continues(at, a, b)) {
            segB = b;
        } else {
            flushSegment();
            segText = at;
            segA = a;
            segB = b;
        }
        text.append(c);
    }

    private boolean continues(int at, int a, int b) {
        if (source == null) {
            return a == segA && b == segB;
        }
        boolean oneToOne = segB - segA == at - segText;
        return oneToOne && a == segB && b == a + 1;
    }

    private void flushSegment() {
        if (segText < 0) {
            return;
        }
        if (source == null) {
            map.addUnit(segText, text.length(), segA, segB);
        } else {
            map.add(segText, text.length(), segA, segB);
        }
        segText = -1;
    }

    /** Counts an element left out because the reader would not see it (HTML {@code hidden}, {@code display:none}). */
    void skipHidden() {
        hiddenBlocks++;
    }

    /** Characters of text in the blocks so far. */
    int textLength() {
        return text.length();
    }

    /** Notes that the rest of the source was left unread, as for documents, at {@link TikaExtractor#MAX_CHARS}. */
    void truncated() {
        truncated = true;
    }

    /** Notes that markup nested deeper than {@code maxDepth} levels was read as if it nested no deeper. */
    void flattened(int maxDepth) {
        flattenedAt = maxDepth;
    }

    ExtractedText build(SourceFormat format) {
        if (pending.length() > 0) {
            endBlock(BlockKind.PARAGRAPH);
        }
        List<String> notices = new ArrayList<>();
        if (hiddenBlocks > 0) {
            notices.add(String.format(Locale.ROOT, "%,d hidden element%s (hidden, display: none, visibility: hidden) "
                    + "%s not checked", hiddenBlocks, hiddenBlocks == 1 ? "" : "s", hiddenBlocks == 1 ? "was" : "were"));
        }
        if (truncated) {
            notices.add(TikaExtractor.TRUNCATED);
        }
        if (flattenedAt > 0) {
            notices.add("elements nested more than " + flattenedAt + " levels deep were read as one level");
        }
        ExtractedText built = new ExtractedText(format, text.toString(), blocks, map.build());
        return notices.isEmpty() ? built : built.withNotice(String.join("; ", notices));
    }
}
