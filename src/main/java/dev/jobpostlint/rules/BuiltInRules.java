package dev.jobpostlint.rules;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.jobpostlint.nlp.Language;

/**
 * The rule files shipped under {@code rules/<lang>/}, as the build stores them in the jar: the YAML tree of each
 * file in a compact form ({@link CompactYaml}), so that a run neither parses YAML nor lists the jar's 40,000
 * entries to find them. The YAML files stay the source; the build writes this form from them
 * ({@link BuiltInRulesCompiler}).
 *
 * @param files every lexicon and rule file, by language and then name
 */
record BuiltInRules(List<SourceFile> files) {

    static final String RESOURCE = "rules/built-in.bin";
    private static final int FORMAT_VERSION = 1;

    /** A rule or lexicon file: its name ({@code rules/de/follower-count.yml}) and its YAML tree (null if empty). */
    record SourceFile(String name, Language language, YamlNode root) {

        YamlFile<RuleFileException> yaml() {
            return YamlFile.of(name, root, RuleFileException::new);
        }

        boolean isLexicon() {
            return name.endsWith("/" + RuleCatalog.LEXICON_FILE);
        }
    }

    BuiltInRules {
        files = List.copyOf(files);
    }

    SourceFile lexicon(Language language) throws RuleFileException {
        for (SourceFile f : files) {
            if (f.language() == language && f.isLexicon()) {
                return f;
            }
        }
        throw new RuleFileException("rules/" + language.code() + "/" + RuleCatalog.LEXICON_FILE,
                "missing from the built-in rules");
    }

    /** The rule files of a language, sorted by name. */
    List<SourceFile> rules(Language language) {
        return files.stream().filter(f -> f.language() == language && !f.isLexicon()).toList();
    }

    /** The form the build stored on the class path. */
    static BuiltInRules fromClassPath() throws RuleFileException {
        try (InputStream resource = BuiltInRules.class.getResourceAsStream("/" + RESOURCE)) {
            if (resource == null) {
                throw new RuleFileException(RESOURCE, "built-in rules are missing from the class path "
                        + "(the build writes them: ./mvnw package)");
            }
            return read(resource);
        } catch (IOException e) {
            throw new RuleFileException(RESOURCE, "cannot read built-in rules: " + e.getMessage());
        }
    }

    static BuiltInRules read(InputStream stored) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(stored.readAllBytes());
        if (in.getInt() != FORMAT_VERSION) {
            throw new IOException("written by another version; build again");
        }
        int count = in.getInt();
        List<SourceFile> files = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String name = CompactYaml.readString(in);
            Language language = Language.values()[in.get()];
            files.add(new SourceFile(name, language, CompactYaml.read(in)));
        }
        return new BuiltInRules(files);
    }

    /** The YAML files in {@code <folder>/<lang>/*.yml}, parsed. */
    static BuiltInRules fromYaml(Path folder) throws RuleFileException {
        List<SourceFile> files = new ArrayList<>();
        for (Language language : Language.values()) {
            Path dir = folder.resolve(language.code());
            try (Stream<Path> listing = Files.list(dir)) {
                for (Path file : listing.filter(f -> f.getFileName().toString().endsWith(".yml")).sorted().toList()) {
                    String name = "rules/" + language.code() + "/" + file.getFileName();
                    String content = Files.readString(file, StandardCharsets.UTF_8);
                    files.add(new SourceFile(name, language, RuleFileLoader.parse(name, content).root()));
                }
            } catch (IOException e) {
                throw new RuleFileException(dir.toString(), "cannot read rule files: " + e.getMessage());
            }
        }
        return new BuiltInRules(files);
    }

    void write(Path target) throws IOException {
        Files.createDirectories(target.getParent());
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(target)))) {
            out.writeInt(FORMAT_VERSION);
            out.writeInt(files.size());
            for (SourceFile f : files) {
                CompactYaml.writeString(out, f.name());
                out.writeByte(f.language().ordinal());
                CompactYaml.write(out, f.root());
            }
        }
    }
}
