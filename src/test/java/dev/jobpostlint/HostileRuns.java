package dev.jobpostlint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import dev.jobpostlint.testing.Launcher;

/**
 * What the reliability tests share: a folder per test holding an ordinary posting beside the hostile input, the
 * bounds every run must keep, and a launcher that is ready before the first one is timed.
 */
abstract class HostileRuns {

    static final double MAX_SECONDS = 10;
    static final long MAX_RSS_MB = 512;
    static final String REQUIREMENT = "Du hast mindestens 10.000 Follower auf deinem eigenen Instagram-Account.";

    @TempDir
    Path dir;

    @BeforeAll
    static void warmUp(@TempDir Path anywhere) throws Exception {
        Launcher.warmUp(anywhere);
    }

    @BeforeEach
    void writeAnOrdinaryPosting() throws IOException {
        Files.writeString(dir.resolve("ordinary.md"), "# Social Media Manager\n\n## Dein Profil\n\n- " + REQUIREMENT + "\n");
    }

    /** Runs the launcher in {@code dir} and asserts the bounds every hostile run must keep. */
    Launcher.Run runWithinBounds(String... args) throws Exception {
        Launcher.Run run = Launcher.run(dir, args);
        System.out.printf("%s: %.2f s, peak RSS %d MB%n", String.join(" ", args), run.seconds(), run.peakRssMb());
        assertThat(run.seconds()).as("seconds; stderr: %s", run.err()).isLessThan(MAX_SECONDS);
        assertThat(run.peakRssMb()).as("peak RSS in MB").isLessThan(MAX_RSS_MB);
        assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception");
        return run;
    }

    /** The report's entry for the file called {@code name}. */
    static JsonNode file(JsonNode report, String name) {
        for (JsonNode file : report.get("files")) {
            if (Path.of(file.get("path").asText()).getFileName().toString().equals(name)) {
                return file;
            }
        }
        throw new AssertionError(name + " is not in the report: " + report);
    }
}
