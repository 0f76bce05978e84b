package dev.jobpostlint.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Narrows the collected inputs to those a config file selects and, with {@code --changed-since}, to changed files. */
final class CiFilters {

    private CiFilters() {
    }

    static List<Input> select(List<Input> inputs, ProjectConfig config, Set<Path> changed) {
        List<Input> out = new ArrayList<>(inputs.size());
        for (Input input : inputs) {
            if (input instanceof Input.File f) {
                if (config != null && !config.selects(f.path())) {
                    continue;
                }
                if (changed != null && !ChangedFiles.contains(changed, f.path())) {
                    continue;
                }
            }
            out.add(input);
        }
        return out;
    }

    /**
     * The changed files for {@code --changed-since REF}, or null without it. Git runs in the first folder named on
     * the command line (or the folder of the first file), so the repository need not be the working directory.
     */
    static Set<Path> changed(String ref, List<String> targets) throws IOException {
        if (ref == null) {
            return null;
        }
        Path dir = Path.of("").toAbsolutePath();
        for (String t : targets) {
            if (t.equals("-")) {
                continue;
            }
            Path p = Path.of(t).toAbsolutePath();
            Path candidate = Files.isDirectory(p) ? p : p.getParent();
            if (candidate != null && Files.isDirectory(candidate)) {
                dir = candidate;
                break;
            }
        }
        return ChangedFiles.since(ref, dir);
    }
}
