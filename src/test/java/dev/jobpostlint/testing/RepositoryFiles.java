package dev.jobpostlint.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Files of this repository that tests take as input, listed when the test runs, so that they follow the repository. */
public final class RepositoryFiles {

    private RepositoryFiles() {
    }

    /** Every regular file under the folders, relative to the project root, in a stable order. */
    public static List<Path> under(String... folders) {
        List<Path> files = new ArrayList<>();
        for (String folder : folders) {
            try (Stream<Path> walk = Files.walk(Path.of(folder))) {
                walk.filter(Files::isRegularFile).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    public static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }
}
