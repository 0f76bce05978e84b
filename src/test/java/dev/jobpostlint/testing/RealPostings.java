package dev.jobpostlint.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Real postings to build large inputs from: the example Markdown postings, the held-out test corpora and,
 * where present, the dev corpus.
 */
public final class RealPostings {

    private RealPostings() {
    }

    /**
     * The Markdown postings of {@code examples/}, of the held-out corpora and of the dev corpus beside the
     * project, in a fixed order.
     */
    public static List<Path> markdownFiles() {
        List<Path> files = new ArrayList<>(list(Path.of("examples/de")));
        files.addAll(list(Path.of("examples/en")));
        files.addAll(list(Path.of("src/test/resources/corpus/held-de/docs")));
        files.addAll(list(Path.of("src/test/resources/corpus/held-en/docs")));
        // CI checks out ../shared beside the project; elsewhere the dev corpus may be absent
        Path devCorpus = Path.of("").toAbsolutePath().resolve("../shared/corpus/dev/docs").normalize();
        if (Files.isDirectory(devCorpus)) {
            files.addAll(list(devCorpus));
        }
        return files;
    }

    /** Every Markdown posting, one after another, {@code copies} times over. */
    public static String markdown(int copies) {
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < copies; i++) {
            for (Path file : markdownFiles()) {
                try {
                    all.append(Files.readString(file)).append('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return all.toString();
    }

    /** The Markdown as a person would write it in a text file: without heading marks and bold. */
    public static String plainText(String markdown) {
        return markdown.replaceAll("(?m)^#+ ", "").replace("**", "");
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
