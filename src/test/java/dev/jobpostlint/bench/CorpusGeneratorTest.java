package dev.jobpostlint.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {

    @Test
    void aCorpusMixesLanguagesAndInfluencerPostingsAsItSays(@TempDir Path dir) throws IOException {
        CorpusGenerator.write(dir, 200, 42, CorpusGenerator.Format.MD);
        List<String> names;
        try (Stream<Path> files = Files.list(dir)) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(names).hasSize(200);
        long german = names.stream().filter(n -> n.startsWith("de-")).count();
        long influencer = names.stream().filter(n -> n.endsWith("-i.md")).count();
        assertThat(german).as("German postings of 200").isBetween(80L, 120L);
        assertThat(influencer).as("postings with an influencer requirement of 200").isBetween(55L, 105L);
    }

    @Test
    void theSameSeedGivesTheSamePostings(@TempDir Path dir) throws IOException {
        CorpusGenerator.write(dir.resolve("a"), 5, 7, CorpusGenerator.Format.MD);
        CorpusGenerator.write(dir.resolve("b"), 5, 7, CorpusGenerator.Format.MD);
        try (Stream<Path> files = Files.list(dir.resolve("a"))) {
            for (Path a : files.toList()) {
                assertThat(Files.readString(dir.resolve("b").resolve(a.getFileName()))).isEqualTo(Files.readString(a));
            }
        }
    }
}
