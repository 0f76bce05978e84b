package dev.jobpostlint.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.jobpostlint.testing.RealPostings;

/**
 * A large Markdown or plain-text file read in windows gives the blocks, texts and source locations that reading it
 * whole gives. Small windows make every place a window may end one where a window does end.
 */
class WindowedTextTest {

    private static final long NO_LIMIT = 1L << 30;

    @TempDir
    Path dir;

    /** A block as a reader sees it: kind, text and where it stands in the source. */
    record LocatedBlock(BlockKind kind, String text, SourceLocation location) {
    }

    @ParameterizedTest
    @ValueSource(ints = {40, 700, 5000})
    void realMarkdownPostingsGiveTheSameBlocksInWindows(int windowChars) throws Exception {
        Path file = Files.writeString(dir.resolve("postings.md"), RealPostings.markdown(2));

        assertSameBlocks(file, windowChars);
    }

    @ParameterizedTest
    @ValueSource(ints = {40, 700, 5000})
    void realTextPostingsGiveTheSameBlocksInWindows(int windowChars) throws Exception {
        Path file = Files.writeString(dir.resolve("postings.txt"), RealPostings.plainText(RealPostings.markdown(2)));

        assertSameBlocks(file, windowChars);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 30, 200})
    void markdownBlocksThatGoOnAcrossBlankLinesAreNotCut(int windowChars) throws Exception {
        String source = """
                ---
                title: Social Media Manager

                tags: [instagram]
                ---

                # Social Media Manager

                ```yaml
                note: Du hast mindestens 10.000 Follower.

                Was du mitbringst
                ```

                - Erfahrung mit Paid Social
                  ```
                  code in a list item

                  more code
                ```

                Code: the fence above opened a new block, as the list item's ended with the item.

                ```

                Text after the fences.

                ~~~~
                ~~~
                Still code.

                ~~~~

                <!--
                A comment over blank lines.

                Du hast 20k Follower.
                -->

                <pre>
                preformatted

                Du hast 30k Follower.
                </pre>

                <div>
                An HTML block.
                </div>

                    indented code

                Our [page][site] and [Instagram] and ![logo][site].

                Mehr Text mit **fett** und `code`.

                > A quote
                > over lines.

                > Another one.

                1. First
                2. Second

                3. Third after a blank line

                [site]: https://example.com
                [Instagram]: https://instagram.com "Instagram"

                Last paragraph, no line break at the end.""";

        assertSameBlocks(Files.writeString(dir.resolve("tricky.md"), source), windowChars);
    }

    @Test
    void anUnclosedFenceHidesTheRestOfTheFileInWindowsToo() throws Exception {
        String source = "Intro paragraph.\n\n```\ncode\n\nNot prose any more.\n\nNor this.\n";

        assertSameBlocks(Files.writeString(dir.resolve("open.md"), source), 10);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 25, 120})
    void plainTextWithOtherLineBreaksAndDirectivesOverBlankLines(int windowChars) throws Exception {
        String source = "Social Media Manager\r\nWir suchen dich.\r\n\r\n- Erfahrung\r\n  mit Kampagnen\r\n"
                + "   \t\r\n<!-- jobpost-lint-disable\n\nfollower-count -->\nDu hast 10k Follower.\rMehr.\r\r"
                + "Dein Profil:\n1. Erfahrung\n\n\n\nSchluss.";

        assertSameBlocks(Files.writeString(dir.resolve("mixed.txt"), source), windowChars);
        assertSameSuppressions(dir.resolve("mixed.txt"), windowChars);
    }

    @Test
    void aDirectiveForTheNextLineReachesIntoTheNextWindow() throws Exception {
        String source = "Erster Absatz.\n\n<!-- jobpost-lint-disable-next-line follower-count -->\n\n\n"
                + "Du hast 10k Follower.\n\n<!-- jobpost-lint-disable -->\n\nZwei.\n\n<!-- jobpost-lint-enable -->\n\nDrei.\n";
        Path file = Files.writeString(dir.resolve("directives.md"), source);

        assertSameSuppressions(file, 1);
        assertThat(Suppressions.scan(source).suppresses("follower-count", 6)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8 BOM", "UTF-16LE", "windows-1252"})
    void decodesAsTheWholeFileWouldBe(String encoding) throws Exception {
        String text = "# Stelle\n\nWir suchen Verstärkung für Köln.\n\n- Größe zählt nicht.\n\nÜber uns: ein Team.\n";
        byte[] bytes = switch (encoding) {
            case "UTF-8 BOM" -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8));
            case "UTF-16LE" -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
            default -> text.getBytes(Charset.forName(encoding));
        };
        Path file = Files.write(dir.resolve("encoded.md"), bytes);

        assertSameBlocks(file, 20);
        assertThat(windowed(file, 20).get(1).text()).isEqualTo("Wir suchen Verstärkung für Köln.");
    }

    private static void assertSameBlocks(Path file, int windowChars) throws ExtractionException {
        ExtractedText whole = new Extractor(NO_LIMIT).extract(file);
        List<LocatedBlock> expected = new ArrayList<>();
        for (Block b : whole.blocks()) {
            expected.add(new LocatedBlock(b.kind(), whole.blockText(b), whole.sourceMap().locate(b.start(), b.end())));
        }
        StringBuilder sources = new StringBuilder();
        int windowCount = 0;
        try (ExtractedWindows windows = new Extractor(NO_LIMIT, NO_LIMIT, windowChars).open(file)) {
            for (TextWindow w = windows.next(); w != null; w = windows.next()) {
                windowCount++;
                sources.append(w.text().source());
                String text = w.text().text();
                assertThat(whole.text().substring(w.textOffset(), w.textOffset() + text.length())).isEqualTo(text);
            }
        }
        assertThat(sources.toString()).as("the windows put together").isEqualTo(whole.source());
        assertThat(windowCount).as("windows").isGreaterThan(1);
        assertThat(windowed(file, windowChars)).isEqualTo(expected);
    }

    private static List<LocatedBlock> windowed(Path file, int windowChars) throws ExtractionException {
        List<LocatedBlock> blocks = new ArrayList<>();
        try (ExtractedWindows windows = new Extractor(NO_LIMIT, NO_LIMIT, windowChars).open(file)) {
            for (TextWindow w = windows.next(); w != null; w = windows.next()) {
                ExtractedText t = w.text();
                for (Block b : t.blocks()) {
                    SourceLocation at = t.sourceMap().locate(b.start(), b.end()).shifted(w.linesBefore());
                    blocks.add(new LocatedBlock(b.kind(), t.blockText(b), at));
                }
            }
        }
        return blocks;
    }

    /** Every line of the file is suppressed for the same rules whether its directives are read whole or in windows. */
    private static void assertSameSuppressions(Path file, int windowChars) throws IOException, ExtractionException {
        String source = new Extractor(NO_LIMIT).extract(file).source();
        Suppressions whole = Suppressions.scan(source);
        int lines = LineStarts.of(source).length;
        Suppressions.Reader reader = new Suppressions.Reader();
        try (ExtractedWindows windows = new Extractor(NO_LIMIT, NO_LIMIT, windowChars).open(file)) {
            for (TextWindow w = windows.next(); w != null; w = windows.next()) {
                Suppressions part = reader.read(w.text().source(), w.linesBefore());
                String window = w.text().source();
                boolean endsLine = window.endsWith("\n") || window.endsWith("\r");
                int windowLines = LineStarts.of(window).length - (endsLine ? 1 : 0);
                for (int line = w.linesBefore() + 1; line <= Math.min(lines, w.linesBefore() + windowLines); line++) {
                    for (String rule : List.of("follower-count", "personal-reach")) {
                        assertThat(part.suppresses(rule, line)).as("%s on line %d", rule, line)
                                .isEqualTo(whole.suppresses(rule, line));
                    }
                }
            }
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
    @Test
    void refusesALineLongerThanAnyTextAPersonWrites() throws Exception {
        Path file = dir.resolve("one-line.txt");
        Files.writeString(file, "Du hast 10k Follower. ".repeat(LineReader.MAX_LINE_CHARS / 22 + 1));

        assertThatThrownBy(() -> {
            try (ExtractedWindows windows = new Extractor(NO_LIMIT, NO_LIMIT, 1000).open(file)) {
                windows.next();
            }
        }).isInstanceOf(ExtractionException.class)
                .hasMessage("a line of more than 4,194,304 characters: not text a person wrote");
    }

    @Test
    void endsAWindowWithoutABlankLineAtTheWindowLimit() throws Exception {
        Path file = dir.resolve("no-blank-lines.txt");
        String line = "Du planst Kampagnen für unsere Marken und misst ihre Wirkung.\n";
        int lines = SourceWindows.MAX_WINDOW_CHARS / line.length() * 3 / 2;
        Files.writeString(file, line.repeat(lines));

        List<Integer> windowLines = new ArrayList<>();
        try (ExtractedWindows windows = new Extractor(NO_LIMIT, NO_LIMIT, 1000).open(file)) {
            for (TextWindow window = windows.next(); window != null; window = windows.next()) {
                windowLines.add(window.linesBefore());
            }
        }

        assertThat(windowLines).hasSize(2);
        assertThat(windowLines.get(1)).isBetween(lines / 2, lines * 3 / 4);
    }
}
