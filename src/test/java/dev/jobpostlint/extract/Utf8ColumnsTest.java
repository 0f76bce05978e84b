package dev.jobpostlint.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

class Utf8ColumnsTest {

    @Test
    void countsTheBytesBeforeEachColumnOnLongLinesOfMixedScripts() {
        Random random = new Random(7);
        String[] pieces = {"a", "ü", "ß", " ", "中", "😀", "\n", "Follower", "€"};
        StringBuilder source = new StringBuilder();
        while (source.length() < 5_000) {
            source.append(pieces[random.nextInt(pieces.length)]);
        }
        Utf8Columns columns = new Utf8Columns(source.toString());
        String[] lines = source.toString().split("\n", -1);
        for (int line = 1; line <= lines.length; line++) {
            String text = lines[line - 1];
            for (int column = 1; column <= text.length() + 1; column++) {
                if (column > 1 && Character.isHighSurrogate(text.charAt(column - 2))) {
                    continue;
                }
                int expected = text.substring(0, column - 1).getBytes(StandardCharsets.UTF_8).length + 1;
                assertThat(columns.toBytes(SourceLocation.lines(line, column, line, column)).column())
                        .as("line %d column %d", line, column).isEqualTo(expected);
            }
        }
    }

    @Test
    void asciiColumnsStayAsTheyAre() {
        Utf8Columns columns = new Utf8Columns("first line\nsecond line");
        SourceLocation where = SourceLocation.lines(2, 3, 2, 7);
        assertThat(columns.toBytes(where)).isEqualTo(where);
    }
}
