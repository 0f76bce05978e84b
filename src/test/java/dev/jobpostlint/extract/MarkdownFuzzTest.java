package dev.jobpostlint.extract;

import static dev.jobpostlint.testing.OneLineMessages.assertOneLine;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.jobpostlint.testing.RepositoryFiles;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Markdown reader on any text, decoded as a file is: it reads it or refuses it for nesting too deeply, with one
 * line, and every block it reads can be located in the source.
 */
class MarkdownFuzzTest {

    private static final MarkdownExtractor MARKDOWN = new MarkdownExtractor();

    static Stream<byte[]> markdownFiles() {
        return RepositoryFiles.under("examples", "src/test/resources/corpus").stream()
                .filter(file -> RepositoryFiles.extension(file).equals("md"))
                .map(RepositoryFiles::read);
    }

    @MethodSource("markdownFiles")
    @FuzzTest(maxDuration = "5s")
    void readsMarkdownOrRefusesItWithOneLine(byte[] input) {
        String source = TextDecoder.decode(input);
        try {
            ExtractedText text = MARKDOWN.extract(source);
            for (Block block : text.blocks()) {
                assertThat(block.end()).isLessThanOrEqualTo(text.text().length());
                SourceLocation location = text.sourceMap().locate(block.start(), block.end());
                if (location.line() != null) {
                    assertThat(location.line()).isPositive();
                }
            }
        } catch (MarkdownDepth.TooDeep e) {
            assertOneLine(e.toChecked());
        }
    }
}
