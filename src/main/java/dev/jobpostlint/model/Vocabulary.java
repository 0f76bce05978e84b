package dev.jobpostlint.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a training corpus, used to split compounds into the words they are made of: "Followerzahlen"
 * gives "follower" and "zahlen", "Kamerapräsenz" "kamera" and "präsenz", so that a compound the corpus never
 * had still shares features with the words it did have. Immutable and thread-safe.
 */
final class Vocabulary {

    /** A word shorter than this is never split, and no part is shorter than {@link #MIN_PART}. */
    private static final int MIN_SPLIT = 8;
    private static final int MIN_PART = 3;
    private static final int MIN_WORD = 4;
    private static final int MIN_COUNT = 2;
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private final Set<String> words;

    Vocabulary(Collection<String> words) {
        this.words = Set.copyOf(words);
    }

    /** The words of at least four letters that occur at least twice in the texts, lower-cased. */
    static Vocabulary of(Collection<String> texts) {
        Map<String, Integer> counts = new HashMap<>();
        for (String text : texts) {
            Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
            while (m.find()) {
                if (m.end() - m.start() >= MIN_WORD) {
                    counts.merge(m.group(), 1, Integer::sum);
                }
            }
        }
        List<String> kept = new ArrayList<>();
        counts.forEach((w, n) -> {
            if (n >= MIN_COUNT) {
                kept.add(w);
            }
        });
        return new Vocabulary(kept);
    }

    /** The words in sorted order, as the model file stores them. */
    List<String> sorted() {
        return List.copyOf(new TreeSet<>(words));
    }

    /**
     * The parts of a lower-cased word: the pieces between its hyphens, and the longest known word it starts with
     * and the longest it ends with, each leaving at least three letters; none for a short word.
     */
    List<String> parts(String word) {
        if (word.length() < MIN_SPLIT) {
            return List.of();
        }
        List<String> parts = new ArrayList<>(2);
        if (word.indexOf('-') >= 0) {
            for (String piece : word.split("-")) {
                if (piece.length() >= MIN_PART) {
                    parts.add(piece);
                }
            }
            return parts;
        }
        for (int end = word.length() - MIN_PART; end >= MIN_WORD; end--) {
            String head = word.substring(0, end);
            if (words.contains(head)) {
                parts.add(head);
                break;
            }
        }
        for (int start = MIN_PART; start <= word.length() - MIN_WORD; start++) {
            String tail = word.substring(start);
            if (words.contains(tail)) {
                parts.add(tail);
                break;
            }
        }
        return parts;
    }
}
