package dev.jobpostlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressTest {

    @Test
    void lineShowsFilesDoneRateAndEta() {
        assertThat(Progress.line(500, 2000, 2.0))
                .isEqualTo("[######------------------] 500/2000 files  250 files/s  ETA 6s");
        assertThat(Progress.line(0, 10, 0.0)).endsWith("0/10 files  0 files/s  ETA ?");
        assertThat(Progress.line(10, 7000, 1.0)).endsWith("ETA 11m39s");
    }

    @Test
    void barIsDrawnAndErasedOnTheGivenWriter() throws Exception {
        StringWriter err = new StringWriter();
        Progress progress = Progress.start(new PrintWriter(err), 4, 0);
        progress.advance();
        Thread.sleep(300);
        progress.close();
        assertThat(err.toString()).contains("1/4 files").endsWith("\r\u001B[K");
    }

    @Test
    void shortRunDrawsNothing() {
        StringWriter err = new StringWriter();
        try (Progress progress = Progress.start(new PrintWriter(err), 4)) {
            progress.advance();
        }
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void noBarWhenStderrIsNotATerminal(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("a.md"), "# Social Media Manager\n\nWir suchen dich.\n");
        Cli.Run run = Cli.run(new Environment(java.io.InputStream.nullInputStream(), Map.of(), true, false),
                "check", file.toString());
        assertThat(run.err()).doesNotContain("files/s").doesNotContain("\r");
        assertThat(run.out()).doesNotContain("files/s").doesNotContain("\r");
    }
}
