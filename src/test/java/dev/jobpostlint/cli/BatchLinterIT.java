package dev.jobpostlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.jobpostlint.LintResult;
import dev.jobpostlint.Linter;
import dev.jobpostlint.LinterOptions;

/** A run keeps each posting's extracted text only when its report shows whole postings. */
class BatchLinterIT {

    private static final Path POSTING = Path.of("examples/de/social-media-manager-modehaus.md");

    private static Linter linter;

    @BeforeAll
    static void createLinter() throws Exception {
        linter = Linter.create(LinterOptions.defaults());
    }

    @Test
    void dropsTheExtractedTextOnceAPostingIsChecked() {
        LintResult result = batch().run(List.of(new Input.File(POSTING, POSTING.toString()))).get(0);

        assertThat(result.findings()).isNotEmpty();
        assertThat(result.text()).isNull();
    }

    @Test
    void keepsTheExtractedTextForAReportThatShowsWholePostings() {
        LintResult result = batch().keepingTexts().run(List.of(new Input.File(POSTING, POSTING.toString()))).get(0);

        assertThat(result.text()).isNotNull();
        assertThat(result.text().text()).contains("15.000 Follower");
    }

    private static BatchLinter batch() {
        return new BatchLinter(linter, new ByteArrayInputStream(new byte[0]), null);
    }
}
