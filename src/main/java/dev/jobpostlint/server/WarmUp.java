package dev.jobpostlint.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import dev.jobpostlint.LintResult;
import dev.jobpostlint.Linter;

/**
 * Checks a tiny German and English posting in each input format before the server answers, so the models,
 * taggers and document parsers are loaded at start-up and the first person's request is as fast as any other.
 */
public final class WarmUp {

    private record Sample(String name, byte[] content) {
    }

    private WarmUp() {
    }

    /** Runs the samples in parallel; returns the number that produced a finding, for a sanity check. */
    public static int run(Linter linter) {
        List<Sample> samples = List.of(
                text("warm-up.txt", "Dein Profil\nDu hast mindestens 10.000 Follower auf deinem eigenen Instagram-Account.\n"),
                text("warm-up.md", "# About you\n\n- At least 10k followers on your personal TikTok account.\n"),
                text("warm-up.html", "<h2>About you</h2><ul><li>At least 10k followers on TikTok.</li></ul>"),
                resource("warm-up.docx"),
                resource("warm-up.pdf"));
        List<CompletableFuture<LintResult>> runs = samples.stream()
                .map(s -> CompletableFuture.supplyAsync(() -> linter.lint(s.name(), s.name(), s.content())))
                .toList();
        return (int) runs.stream().map(CompletableFuture::join).filter(r -> !r.findings().isEmpty()).count();
    }

    private static Sample text(String name, String content) {
        return new Sample(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static Sample resource(String name) {
        try (InputStream in = WarmUp.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new Sample(name, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
