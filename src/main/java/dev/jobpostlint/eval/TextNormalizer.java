package dev.jobpostlint.eval;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Normalizes text for matching an excerpt to a labelled line, the same way the corpus scoring script does. */
public final class TextNormalizer {

    private static final Pattern MARKUP = Pattern.compile("[*_`]");
    private static final Pattern SINGLE_QUOTES = Pattern.compile("[\u2018\u2019\u201a\u201b]");
    private static final Pattern DOUBLE_QUOTES = Pattern.compile("[\u201c\u201d\u201e\u201f\u00ab\u00bb]");
    private static final Pattern DASHES = Pattern.compile("[\u2010-\u2015]");
    private static final Pattern SPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private TextNormalizer() {
    }

    public static String normalize(String s) {
        String t = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC).replace("\u00ad", "");
        t = MARKUP.matcher(t).replaceAll("");
        t = SINGLE_QUOTES.matcher(t).replaceAll("'");
        t = DOUBLE_QUOTES.matcher(t).replaceAll("\"");
        t = DASHES.matcher(t).replaceAll("-");
        return SPACE.matcher(t).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }
}
