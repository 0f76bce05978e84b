package dev.jobpostlint.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Looks inside a zipped document (DOCX, ODT) before its reader builds it in memory: how much its entries expand
 * to, and how many paragraphs its body holds. The readers build the whole XML tree, so a 2 MB file of a million
 * empty paragraphs, or of XML that packs a hundred to one, would take minutes and gigabytes; the compression
 * ratio alone does not catch it (POI's zip-bomb check passed a file that expanded forty times).
 */
final class ZipBounds {

    /** More paragraphs than any posting has; a body with more is refused. */
    static final int MAX_PARAGRAPHS = 20_000;

    private static final byte[] DOCX_PARAGRAPH = "<w:p".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ODT_PARAGRAPH = "<text:p".getBytes(StandardCharsets.US_ASCII);

    private ZipBounds() {
    }

    /**
     * Throws a one-line {@link ExtractionException} when the entries of {@code content} expand to more than
     * {@code maxExpanded} bytes, or its body has more than {@link #MAX_PARAGRAPHS} paragraphs. A file that is no
     * zip is left for its reader to refuse.
     */
    static void check(byte[] content, long maxExpanded, String label) throws ExtractionException {
        long expanded = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                byte[] paragraph = paragraphTag(entry.getName());
                int matched = 0;
                long paragraphs = 0;
                boolean tagRead = false;
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    expanded += n;
                    if (expanded > maxExpanded) {
                        throw ExtractionException.unreadable(String.format(Locale.ROOT, "too large: the %s expands "
                                + "to more than %s of XML (see --max-file-size)", label, Extractor.formatSize(maxExpanded)));
                    }
                    if (paragraph == null) {
                        continue;
                    }
                    for (int i = 0; i < n; i++) {
                        byte b = buffer[i];
                        // "<w:p" opens a paragraph when the name ends there ("<w:p>", "<w:p w:rsidR=...", "<w:p/>"),
                        // not in "<w:pPr>" or "<w:proofErr/>"
                        if (tagRead && (b == '>' || b == '/' || b == ' ' || b == '\t' || b == '\n' || b == '\r')
                                && ++paragraphs > MAX_PARAGRAPHS) {
                            throw ExtractionException.unreadable(String.format(Locale.ROOT,
                                    "too many paragraphs: more than %,d in the %s", MAX_PARAGRAPHS, label));
                        }
                        matched = b == paragraph[matched] ? matched + 1 : b == paragraph[0] ? 1 : 0;
                        tagRead = matched == paragraph.length;
                        if (tagRead) {
                            matched = 0;
                        }
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // not a zip, or a broken one (an entry name that is not UTF-8 is an IllegalArgumentException): the reader
            // says what is wrong with it
        }
    }

    private static byte[] paragraphTag(String entry) {
        if (entry.equals("word/document.xml")) {
            return DOCX_PARAGRAPH;
        }
        return entry.equals("content.xml") ? ODT_PARAGRAPH : null;
    }
}
