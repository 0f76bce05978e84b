package dev.jobpostlint.rules;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a rule's suggestion templates for one sentence: {@code {platform|fallback}} becomes the platforms
 * the sentence names ("Instagram und TikTok"), or the fallback when it names none.
 */
final class Suggestions {

    private static final Pattern SLOT = Pattern.compile("\\{platform(?:\\|([^}]*))?}");
    private static final Pattern INFORMAL = Pattern.compile("(?iu)\\b(du|dich|dir|dein\\w*)\\b");
    // Capitalised "Sie"/"Ihr" after the first word address the reader formally; at the start they may be "they".
    private static final Pattern FORMAL = Pattern.compile("(?u)(?<=\\S\\s)(Sie|Ihnen|Ihr|Ihre\\w*)\\b");

    private Suggestions() {
    }

    static String fill(String template, List<String> platforms, String conjunction) {
        Matcher m = SLOT.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String fallback = m.group(1) == null ? "" : m.group(1);
            boolean hyphenated = m.end() < template.length() && template.charAt(m.end()) == '-';
            String value = platforms.isEmpty() ? fallback : join(platforms, conjunction, hyphenated);
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The suggestions that address the reader as the sentence does: a German posting that says "Sie" gets
     * the suggestions written with "Sie", one that says "du" those with "du". Suggestions that address
     * nobody always fit; if none fits, all are kept.
     */
    static List<String> inAddressOf(String sentence, List<String> suggestions) {
        Boolean formal = address(sentence);
        if (formal == null) {
            return suggestions;
        }
        List<String> fitting = suggestions.stream()
                .filter(s -> address(s) == null || address(s).equals(formal))
                .toList();
        return fitting.isEmpty() ? suggestions : fitting;
    }

    /** True for "Sie", false for "du", null when a text addresses no one or both. */
    private static Boolean address(String text) {
        boolean informal = INFORMAL.matcher(text).find();
        boolean formal = FORMAL.matcher(text).find();
        return informal == formal ? null : formal;
    }

    /** "A", "A and B", "A, B and C"; before a hyphen "A- und B" so that "-Kanälen" completes each. */
    static String join(List<String> items, String conjunction, boolean hyphenated) {
        String suffix = hyphenated ? "-" : "";
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            out.append(items.get(i));
            if (i < items.size() - 2) {
                out.append(suffix).append(", ");
            } else if (i == items.size() - 2) {
                out.append(suffix).append(' ').append(conjunction).append(' ');
            }
        }
        return out.toString();
    }
}
