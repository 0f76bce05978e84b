package dev.jobpostlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputCollectorTest {

    @TempDir
    Path dir;

    @Test
    void walksDirectoriesInSortedOrderJoiningPathsToTheGivenOne() throws Exception {
        Path root = Files.createDirectories(dir.resolve("examples"));
        Files.createDirectories(root.resolve("de"));
        Files.createDirectories(root.resolve("en"));
        Files.createDirectories(root.resolve(".git"));
        for (String f : List.of("en/b.pdf", "de/z.md", "de/a.docx", "top.html", "logo.png", ".git/x.md", "de/.hidden.md")) {
            Files.writeString(root.resolve(f), "x");
        }
        StringWriter notes = new StringWriter();
        List<Input> inputs = new InputCollector(new PrintWriter(notes, true)).collect(List.of(root + "/"));

        String r = root.toString();
        assertThat(inputs).extracting(Input::displayPath).containsExactly(
                Path.of(r, "de", "a.docx").toString(), Path.of(r, "de", "z.md").toString(),
                Path.of(r, "en", "b.pdf").toString(), Path.of(r, "top.html").toString());
        assertThat(notes.toString()).contains("logo.png (not a posting: image)").contains(".git (hidden directory)");
    }

    @Test
    void explicitFilesAreAlwaysCheckedAndKeepTheirPathAsGiven() throws Exception {
        Files.writeString(dir.resolve("logo.png"), "x");
        String given = dir.resolve("logo.png").toString();
        List<Input> inputs = new InputCollector(null).collect(List.of(given, "-", "no/such.md"));
        assertThat(inputs).extracting(Input::displayPath).containsExactly(given, "-", "no/such.md");
        assertThat(inputs.get(1)).isInstanceOf(Input.Stdin.class);
        assertThat(inputs.get(2)).isEqualTo(new Input.Unreadable("no/such.md", "no such file or directory"));
    }
}
