package dev.jobpostlint.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Inputs made to cost a reader as much as possible, written by the tests that need them rather than committed. */
public final class HostileFiles {

    private static final String CONTENT_TYPES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
            <Default Extension="xml" ContentType="application/xml"/>
            <Override PartName="/word/document.xml"
             ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
            </Types>""";

    private static final String RELATIONSHIPS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Target="word/document.xml"
             Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>
            </Relationships>""";

    private HostileFiles() {
    }

    /** A DOCX whose body is {@code paragraphs} (WordprocessingML {@code <w:p>} elements). */
    public static Path docx(Path file, CharSequence paragraphs) throws IOException {
        return docxWithDoctype(file, "", paragraphs);
    }

    /** A DOCX whose document starts with {@code doctype}, which may declare entities. */
    public static Path docxWithDoctype(Path file, String doctype, CharSequence paragraphs) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "[Content_Types].xml", CONTENT_TYPES);
            entry(zip, "_rels/.rels", RELATIONSHIPS);
            entry(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + doctype
                    + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                    + paragraphs + "</w:body></w:document>");
        }
        return file;
    }

    /** A DOCX of one paragraph of {@code spaces} spaces: a zip bomb, small packed and huge unpacked. */
    public static Path zipBombDocx(Path file, int spaces) throws IOException {
        byte[] chunk = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "[Content_Types].xml", CONTENT_TYPES);
            entry(zip, "_rels/.rels", RELATIONSHIPS);
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                    + "<w:body><w:p><w:r><w:t>").getBytes(StandardCharsets.US_ASCII));
            for (int written = 0; written < spaces; written += chunk.length) {
                zip.write(chunk, 0, Math.min(chunk.length, spaces - written));
            }
            zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
        return file;
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** One paragraph of WordprocessingML holding {@code text}. */
    public static String paragraph(String text) {
        return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>";
    }

    /**
     * About {@code chars} characters of words made of random letters: text that compresses about as badly as
     * prose does, so a file of it cannot be told from a real one by its compression ratio.
     */
    public static String randomWords(int chars, long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder(chars + 16);
        while (text.length() < chars) {
            int length = 2 + random.nextInt(10);
            for (int i = 0; i < length; i++) {
                text.append((char) ('a' + random.nextInt(26)));
            }
            text.append(random.nextInt(12) == 0 ? ". " : " ");
        }
        return text.toString();
    }

    /** YAML whose last key expands, through {@code levels} levels of aliases of two aliases, to 2^levels nodes. */
    public static String aliasBomb(int levels) {
        StringBuilder yaml = new StringBuilder("a0: &a0 [x, x]\n");
        for (int i = 1; i <= levels; i++) {
            yaml.append('a').append(i).append(": &a").append(i).append(" [*a").append(i - 1).append(", *a")
                    .append(i - 1).append("]\n");
        }
        return yaml.toString();
    }
}
