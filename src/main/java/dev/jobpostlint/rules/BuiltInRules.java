package dev.jobpostlint.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.stream.Stream;

/**
 * The rule files shipped under {@code rules/<lang>/}: a folder when run from classes, entries of the jar
 * otherwise. The jar is read through the {@link JarFile} the class loader already holds open: a zip file
 * system over the 70 MB jar (40,000 entries) cost about 0.3 s of every cold start.
 */
abstract class BuiltInRules {

    /** Names ({@code rules/de/follower-count.yml}) of the rule files of one language, sorted, lexicon excluded. */
    abstract List<String> ruleFiles(String language) throws RuleFileException;

    /** The text of a file, by the name {@link #ruleFiles} gives. */
    abstract String read(String name) throws RuleFileException;

    static BuiltInRules open() throws RuleFileException {
        String probe = "rules/en/" + RuleCatalog.LEXICON_FILE;
        URL url = RuleCatalog.class.getResource("/" + probe);
        if (url == null) {
            throw new RuleFileException(probe, "built-in rules are missing from the class path");
        }
        try {
            if ("jar".equals(url.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) url.openConnection();
                return new InJar(connection.getJarFile());
            }
            return new InFolder(Path.of(url.toURI()).getParent().getParent().getParent());
        } catch (IOException | URISyntaxException e) {
            throw new RuleFileException("rules/", "cannot open built-in rules: " + e.getMessage());
        }
    }

    static boolean isRuleFile(String fileName) {
        return fileName.endsWith(".yml") && !fileName.equals(RuleCatalog.LEXICON_FILE);
    }

    private static final class InJar extends BuiltInRules {
        private final JarFile jar;

        InJar(JarFile jar) {
            this.jar = jar;
        }

        @Override
        List<String> ruleFiles(String language) throws RuleFileException {
            String prefix = "rules/" + language + "/";
            // As a plain zip: JarFile.stream() of a multi-release jar looks up versions of each of 40,000 entries.
            try (ZipFile zip = new ZipFile(jar.getName())) {
                List<String> names = new ArrayList<>();
                for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                    String n = e.nextElement().getName();
                    if (n.startsWith(prefix) && n.indexOf('/', prefix.length()) < 0
                            && isRuleFile(n.substring(prefix.length()))) {
                        names.add(n);
                    }
                }
                Collections.sort(names);
                return names;
            } catch (IOException e) {
                throw new RuleFileException(prefix, "cannot list rule files: " + e.getMessage());
            }
        }

        @Override
        String read(String name) throws RuleFileException {
            JarEntry entry = jar.getJarEntry(name);
            if (entry == null) {
                throw new RuleFileException(name, "cannot read: not in the jar");
            }
            try (InputStream in = jar.getInputStream(entry)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new RuleFileException(name, "cannot read: " + e.getMessage());
            }
        }
    }

    private static final class InFolder extends BuiltInRules {
        /** The folder that holds {@code rules/}. */
        private final Path root;

        InFolder(Path root) {
            this.root = root;
        }

        @Override
        List<String> ruleFiles(String language) throws RuleFileException {
            Path dir = root.resolve("rules").resolve(language);
            try (Stream<Path> files = Files.list(dir)) {
                return files.map(f -> f.getFileName().toString())
                        .filter(BuiltInRules::isRuleFile)
                        .map(n -> "rules/" + language + "/" + n)
                        .sorted()
                        .toList();
            } catch (IOException | UncheckedIOException e) {
                throw new RuleFileException(dir.toString(), "cannot list rule files: " + e.getMessage());
            }
        }

        @Override
        String read(String name) throws RuleFileException {
            try {
                return Files.readString(root.resolve(name), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new RuleFileException(name, "cannot read: " + e.getMessage());
            }
        }
    }
}
