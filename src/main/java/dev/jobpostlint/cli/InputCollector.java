package dev.jobpostlint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns the paths of the command line into inputs: files as given, {@code -} as standard input,
 * directories walked recursively in sorted order. A walk takes only files whose extension is a
 * posting format and skips hidden entries; a file named explicitly is always checked.
 */
final class InputCollector {

    /** Extensions a directory walk checks. */
    static final Set<String> POSTING_EXTENSIONS =
            Set.of("md", "markdown", "txt", "html", "htm", "pdf", "docx", "doc", "odt", "rtf");

    /** Extensions that are clearly not postings, named in the verbose note for a skipped file. */
    private static final Map<String, String> NOT_POSTINGS = new HashMap<>();

    static {
        kind("image", "png", "jpg", "jpeg", "gif", "webp", "svg", "bmp", "tif", "tiff", "ico", "heic");
        kind("archive", "zip", "tar", "gz", "tgz", "bz2", "xz", "7z", "rar", "jar");
        kind("binary", "exe", "dll", "so", "dylib", "bin", "class", "o", "a", "iso", "dmg");
        kind("audio or video", "mp3", "mp4", "mov", "avi", "wav", "ogg", "webm", "mkv");
        kind("data", "json", "yml", "yaml", "xml", "csv", "tsv", "xlsx", "xls", "pptx", "ppt");
        kind("source code", "java", "js", "ts", "css", "py", "sh", "rb", "go", "rs", "c", "h", "cpp");
    }

    private final PrintWriter verbose;

    /** @param verbose where to note skipped files, or null for silence */
    InputCollector(PrintWriter verbose) {
        this.verbose = verbose;
    }

    List<Input> collect(List<String> args) {
        List<Input> inputs = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("-")) {
                inputs.add(new Input.Stdin());
                continue;
            }
            Path path;
            try {
                path = Path.of(arg);
            } catch (InvalidPathException e) {
                inputs.add(new Input.Unreadable(arg, "not a valid path"));
                continue;
            }
            if (Files.isDirectory(path)) {
                walk(path, arg, inputs);
            } else if (Files.isRegularFile(path)) {
                inputs.add(new Input.File(path, arg));
            } else if (Files.exists(path)) {
                inputs.add(new Input.Unreadable(arg, "not a regular file (a pipe, device or socket);"
                        + " to check a stream, pipe it into '-'"));
            } else {
                inputs.add(new Input.Unreadable(arg, "no such file or directory"));
            }
        }
        return inputs;
    }

    private void walk(Path dir, String arg, List<Input> inputs) {
        Path display = Path.of(arg);
        List<Input> found = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    if (!d.equals(dir) && isHidden(d)) {
                        note(display.resolve(dir.relativize(d)) + " (hidden directory)");
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String shown = display.resolve(dir.relativize(file)).toString();
                    String why = skipReason(file, attrs);
                    if (why == null) {
                        found.add(new Input.File(file, shown));
                    } else {
                        note(shown + " (" + why + ")");
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    found.add(new Input.Unreadable(display.resolve(dir.relativize(file)).toString(), reason(e)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            found.add(new Input.Unreadable(arg, reason(e)));
        }
        if (found.isEmpty()) {
            note(arg + " (no postings found in this directory)");
        }
        found.sort(Comparator.comparing(i -> Path.of(i.displayPath())));
        inputs.addAll(found);
    }

    private static String skipReason(Path file, BasicFileAttributes attrs) {
        if (isHidden(file)) {
            return "hidden file";
        }
        if (!attrs.isRegularFile() && !Files.isRegularFile(file)) {
            return "not a regular file";
        }
        String ext = extension(file);
        if (POSTING_EXTENSIONS.contains(ext)) {
            return null;
        }
        String kind = NOT_POSTINGS.get(ext);
        return kind != null ? "not a posting: " + kind : "not a posting format: " + (ext.isEmpty() ? "no extension" : "." + ext);
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    private static boolean isHidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".") && !name.toString().equals(".")
                && !name.toString().equals("..");
    }

    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private void note(String what) {
        if (verbose != null) {
            verbose.println("jobpost-lint: skipped " + what);
        }
    }

    private static void kind(String kind, String... extensions) {
        for (String ext : extensions) {
            NOT_POSTINGS.put(ext, kind);
        }
    }
}
