package dev.jobpostlint.cli;

import java.io.IOException;
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

    /** The changed files for {@code --changed-since REF}, or null without it. */
    static Set<Path> changed(String ref) throws IOException {
        return ref == null ? null : ChangedFiles.since(ref, Path.of("").toAbsolutePath());
    }
}
