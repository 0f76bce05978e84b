package dev.jobpostlint.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.SplittableRandom;

import dev.jobpostlint.testing.Fixtures;

/**
 * Generates a reproducible benchmark corpus: the same seed and count always give the same postings.
 * Half are German, half English; about 40 % carry influencer-style requirements. Each format gets its own
 * folder ({@code md/}, {@code html/}, {@code docx/}, {@code pdf/}) so that runs can be timed per format.
 *
 * <pre>java -cp target/test-classes:target/jobpost-lint.jar dev.jobpostlint.bench.CorpusGenerator \
 *     OUT_DIR COUNT [SEED] [FORMATS]</pre>
 * FORMATS is a comma-separated subset of {@code md,html,docx,pdf} (default: all four).
 */
public final class CorpusGenerator {

    /** The formats a corpus can hold, by file extension. */
    public enum Format { MD, HTML, DOCX, PDF }

    private static final int PDF_LINES_PER_PAGE = 36;

    private CorpusGenerator() {
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: CorpusGenerator OUT_DIR COUNT [SEED] [md,html,docx,pdf]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        List<Format> formats = new ArrayList<>();
        for (String f : (args.length > 3 ? args[3] : "md,html,docx,pdf").split(",")) {
            formats.add(Format.valueOf(f.strip().toUpperCase(Locale.ROOT)));
        }
        for (Format format : formats) {
            long bytes = write(out.resolve(format.name().toLowerCase(Locale.ROOT)), count, seed, format);
            System.out.printf(Locale.ROOT, "%s: %d postings, %.1f MB of text%n",
                    format.name().toLowerCase(Locale.ROOT), count, bytes / 1e6);
        }
    }

    /**
     * Writes {@code count} postings in one format into {@code dir}; posting i has the same text in every
     * format. Returns the number of UTF-8 bytes of posting text (without markup) written.
     */
    public static long write(Path dir, int count, long seed, Format format) {
        try {
            Files.createDirectories(dir);
            long textBytes = 0;
            for (int i = 0; i < count; i++) {
                Random random = postingRandom(seed, i);
                boolean german = random.nextBoolean();
                boolean influencer = random.nextInt(10) < 4;
                List<String> lines = PostingText.lines(random, german, influencer);
                String name = String.format(Locale.ROOT, "%s-%05d%s", german ? "de" : "en", i,
                        influencer ? "-i" : "");
                for (String line : lines) {
                    textBytes += line.getBytes(StandardCharsets.UTF_8).length + 1;
                }
                writeOne(dir, name, lines, format);
            }
            return textBytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The random source of posting {@code i}. Its seed goes through SplittableRandom's mixing first:
     * {@code new Random(s)} for neighbouring seeds {@code s} starts with nearly the same numbers, so the first
     * draw (the language) would be the same for thousands of postings in a row.
     */
    static Random postingRandom(long seed, int i) {
        return new Random(new SplittableRandom(seed * 1_000_003L + i).nextLong());
    }

    private static void writeOne(Path dir, String name, List<String> lines, Format format) throws IOException {
        switch (format) {
            case MD -> Files.writeString(dir.resolve(name + ".md"), markdown(lines));
            case HTML -> Files.writeString(dir.resolve(name + ".html"), html(lines));
            case DOCX -> Fixtures.writeDocx(dir.resolve(name + ".docx"), lines);
            case PDF -> Fixtures.writePdf(dir.resolve(name + ".pdf"), pdfPages(lines));
        }
    }

    static String markdown(List<String> lines) {
        StringBuilder out = new StringBuilder();
        boolean first = true;
        String previous = "";
        for (String line : lines) {
            if (line.startsWith("# ")) {
                out.append(first ? "" : "\n").append(first ? "# " : "## ").append(line.substring(2)).append("\n\n");
                first = false;
            } else if (line.startsWith("- ")) {
                out.append(line).append('\n');
            } else {
                out.append(previous.startsWith("- ") ? "\n" : "").append(line).append("\n\n");
            }
            previous = line;
        }
        return out.toString();
    }

    static String html(List<String> lines) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
                .append(escape(lines.get(0).substring(2))).append("</title></head>\n<body>\n<nav><a href=\"/\">Jobs</a>"
                        + " | <a href=\"/about\">About</a></nav>\n<main>\n");
        boolean inList = false;
        boolean first = true;
        for (String line : lines) {
            boolean bullet = line.startsWith("- ");
            if (inList && !bullet) {
                out.append("</ul>\n");
                inList = false;
            }
            if (line.startsWith("# ")) {
                String tag = first ? "h1" : "h2";
                out.append('<').append(tag).append('>').append(escape(line.substring(2))).append("</").append(tag)
                        .append(">\n");
                first = false;
            } else if (bullet) {
                if (!inList) {
                    out.append("<ul>\n");
                    inList = true;
                }
                out.append("  <li>").append(escape(line.substring(2))).append("</li>\n");
            } else {
                out.append("<p>").append(escape(line)).append("</p>\n");
            }
        }
        if (inList) {
            out.append("</ul>\n");
        }
        return out.append("</main>\n<footer>© Example GmbH · <a href=\"/imprint\">Impressum</a></footer>\n"
                + "</body></html>\n").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static List<List<String>> pdfPages(List<String> lines) {
        List<List<String>> pages = new ArrayList<>();
        List<String> page = new ArrayList<>();
        for (String line : lines) {
            if (page.size() >= PDF_LINES_PER_PAGE) {
                pages.add(page);
                page = new ArrayList<>();
            }
            page.add(line.startsWith("- ") ? "• " + line.substring(2) : line);
        }
        pages.add(page);
        return pages;
    }
}
