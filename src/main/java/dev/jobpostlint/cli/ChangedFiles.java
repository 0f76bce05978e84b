package dev.jobpostlint.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The files git sees as added, modified or renamed since a ref, plus new untracked ones: what a pull request
 * changes. The comparison starts at the merge base of the ref and HEAD (as {@code git diff REF...HEAD} does), so
 * commits that landed on the base branch meanwhile do not count, and ends at the working tree.
 */
final class ChangedFiles {

    private ChangedFiles() {
    }

    /** Absolute, normalized paths of the changed files in the repository around {@code dir}. */
    static Set<Path> since(String ref, Path dir) throws IOException {
        Path top = Path.of(git(dir, "rev-parse", "--show-toplevel").strip());
        String base;
        try {
            base = git(dir, "merge-base", ref, "HEAD").strip();
        } catch (IOException e) {
            // no common history (or a shallow clone): compare with the ref itself
            base = git(dir, "rev-parse", "--verify", "--quiet", ref + "^{commit}").strip();
        }
        Set<Path> changed = new HashSet<>();
        List<String> names = new ArrayList<>();
        names.addAll(split(git(dir, "diff", "--name-only", "-z", "--no-renames", "--diff-filter=AM", base, "--")));
        names.addAll(split(git(dir, "diff", "--name-only", "-z", "--find-renames", "--diff-filter=R", base, "--")));
        names.addAll(split(git(dir, "ls-files", "--others", "--exclude-standard", "-z", "--full-name")));
        for (String name : names) {
            changed.add(top.resolve(name).toAbsolutePath().normalize());
        }
        return changed;
    }

    /** Whether {@code file} is one of {@code changed}, whichever way symbolic links lead to it. */
    static boolean contains(Set<Path> changed, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        try {
            return changed.contains(abs) || changed.contains(abs.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private static List<String> split(String nulSeparated) {
        List<String> out = new ArrayList<>();
        for (String s : nulSeparated.split("\0")) {
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    private static String git(Path dir, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        Process p;
        try {
            p = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.PIPE).start();
        } catch (IOException e) {
            throw new IOException("cannot run git (" + e.getMessage() + ")");
        }
        p.getOutputStream().close();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread drain = new Thread(() -> copy(p.getErrorStream(), err));
        drain.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("git " + args[0] + " did not finish within 60 s");
            }
            drain.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running git");
        }
        if (p.exitValue() != 0) {
            String msg = err.toString(StandardCharsets.UTF_8).strip();
            throw new IOException("git " + args[0] + " failed: " + (msg.isEmpty() ? "exit " + p.exitValue()
                    : msg.lines().findFirst().orElse("")));
        }
        return out;
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        try {
            in.transferTo(out);
        } catch (IOException e) {
            // the exit code tells the story
        }
    }
}
