package dev.jobpostlint.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The named classes of one language that rule patterns refer to (NUMBER, AUDIENCE, PLATFORM, owner and
 * negation words, ...), and the heading words that tell which section of a posting a block belongs to.
 */
public final class Lexicon {

    /** Class names the matcher itself relies on for owner and negation; every lexicon defines them. */
    public static final List<String> REQUIRED_CLASSES = List.of(
            "CANDIDATE", "OWN", "COMPANY", "THIRD_PARTY", "WE", "YOU", "NEGATION", "REASSURANCE", "PLATFORM",
            "CLAUSE_BREAK");

    private final Map<String, List<TokenPattern>> classes;
    private final Map<SectionKind, List<String>> sectionWords;
    private final String conjunction;
    private final Map<String, Optional<Set<String>>> anchorCache = new HashMap<>();
    private final Map<String, EntryIndex> entryIndex = new HashMap<>();
    private volatile ClassFilter classFilter;
    private final WordMemory sharedMemory = new WordMemory();
    private static final int MAX_REMEMBERED_TOKENS = 100_000;

    /**
     * Per class, per word, the entries not starting with plain words that could start at that word: remembered,
     * as words come back sentence after sentence. One memory serves a whole run; a server that must forget its
     * postings gives each posting its own ({@link #newMemory()}).
     */
    public static final class WordMemory {
        private final Map<String, Map<String, int[]>> othersByToken = new ConcurrentHashMap<>();

        private Map<String, int[]> of(String className) {
            return othersByToken.computeIfAbsent(className, k -> new ConcurrentHashMap<>());
        }
    }

    /** The memory a whole run shares. */
    WordMemory sharedMemory() {
        return sharedMemory;
    }

    /** A memory of its own, for one posting that must leave nothing behind. */
    public WordMemory newMemory() {
        return new WordMemory();
    }

    /**
     * The anchors of every class in one prefilter: one pass over a sentence tells which classes could match in it
     * at all, so that a sentence is walked only for those. A class with an unanchored entry could match anywhere.
     */
    private record ClassFilter(Prefilter prefilter, Map<String, int[]> groups) {
    }

    /** Which classes could match in a text; asked by name with {@link ClassProbe#couldMatch(String)}. */
    final class ClassProbe {
        private final Prefilter.Probe probe;
        private final Map<String, int[]> groups;

        private ClassProbe(Prefilter.Probe probe, Map<String, int[]> groups) {
            this.probe = probe;
            this.groups = groups;
        }

        boolean couldMatch(String name) {
            int[] group = groups.get(name);
            return group == null || probe.hasAll(group);
        }
    }

    public Lexicon(Map<String, List<TokenPattern>> classes, Map<SectionKind, List<String>> sectionWords,
                   String conjunction) {
        this.classes = Map.copyOf(classes);
        this.sectionWords = Map.copyOf(sectionWords);
        this.conjunction = conjunction;
        this.classes.forEach((name, entries) -> entryIndex.put(name, EntryIndex.of(entries)));
    }

    /**
     * The entries of a class by the word they start with, so that at each token only the entries that can
     * start there are tried: most are plain words ("your|yours", "no"), and a class has dozens.
     *
     * @param byFirstWord for each first word, the indices of the entries starting with it and of those that
     *                    start with something else, in entry order
     * @param others      the indices of the entries that do not start with plain words
     */
    private record EntryIndex(Map<String, int[]> byFirstWord, int[] others) {
        static EntryIndex of(List<TokenPattern> entries) {
            Map<String, List<Integer>> starting = new HashMap<>();
            List<Integer> others = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                Set<String> words = entries.get(i).firstWords();
                if (words == null) {
                    others.add(i);
                } else {
                    for (String w : words) {
                        starting.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
                    }
                }
            }
            Map<String, int[]> byFirstWord = new HashMap<>();
            starting.forEach((w, indices) -> {
                List<Integer> all = new ArrayList<>(indices);
                all.addAll(others);
                byFirstWord.put(w, all.stream().mapToInt(Integer::intValue).sorted().distinct().toArray());
            });
            return new EntryIndex(Map.copyOf(byFirstWord), others.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    public boolean hasClass(String name) {
        return classes.containsKey(name);
    }

    public Set<String> classNames() {
        return classes.keySet();
    }

    List<TokenPattern> entries(String name) {
        List<TokenPattern> entries = classes.get(name);
        if (entries == null) {
            throw new IllegalStateException("unknown class " + name);
        }
        return entries;
    }

    /**
     * The indices, in order, of the entries of class {@code name} that can match from a token {@code lower}: those
     * starting with that word, and those starting otherwise ("*kamera", a number's regex) whose first element's
     * anchors the token holds. The latter are remembered per token, as words come back sentence after sentence.
     */
    int[] entriesStartingWith(String name, String lower, WordMemory memory) {
        EntryIndex index = entryIndex.get(name);
        if (index == null) {
            throw new IllegalStateException("unknown class " + name);
        }
        int[] starting = index.byFirstWord().get(lower);
        if (starting != null) {
            return starting;
        }
        if (index.others().length == 0) {
            return index.others();
        }
        Map<String, int[]> known = memory.of(name);
        int[] others = known.get(lower);
        if (others == null) {
            others = othersFor(name, index.others(), lower);
            if (known.size() < MAX_REMEMBERED_TOKENS) {
                known.put(lower, others);
            }
        }
        return others;
    }

    private int[] othersFor(String name, int[] others, String lower) {
        List<TokenPattern> entries = entries(name);
        int[] kept = new int[others.length];
        int n = 0;
        for (int entry : others) {
            Set<String> anchors = entries.get(entry).firstAnchors(this);
            if (anchors == null || anchors.stream().anyMatch(lower::contains)) {
                kept[n++] = entry;
            }
        }
        return Arrays.copyOf(kept, n);
    }

    /** Which of the classes could match somewhere in {@code text}. */
    ClassProbe classProbe(String text) {
        ClassFilter filter = classFilter;
        if (filter == null) {
            Prefilter.Builder builder = new Prefilter.Builder();
            Map<String, int[]> groups = new HashMap<>();
            for (String name : classes.keySet()) {
                Set<String> a = anchors(name);
                if (a != null) {
                    groups.put(name, new int[] {builder.group(a)});
                }
            }
            filter = new ClassFilter(builder.build(), Map.copyOf(groups));
            classFilter = filter;
        }
        return new ClassProbe(filter.prefilter().probe(text, 0, text.length()), filter.groups());
    }

    /** The word that joins the last two items of a list ("und", "and"). */
    public String conjunction() {
        return conjunction;
    }

    /** Anchors of a class: every entry must be anchored, else null. Cycles count as unanchored. */
    synchronized Set<String> anchors(String name) {
        Optional<Set<String>> cached = anchorCache.get(name);
        if (cached != null) {
            return cached.orElse(null);
        }
        anchorCache.put(name, Optional.empty());
        Set<String> all = new LinkedHashSet<>();
        for (TokenPattern entry : entries(name)) {
            Set<String> a = entry.anchors(this);
            if (a == null) {
                return null;
            }
            all.addAll(a);
        }
        anchorCache.put(name, Optional.of(Set.copyOf(all)));
        return all;
    }

    /**
     * The kind of section a heading opens, if one of the section words starts a word of it ("Aufgaben" in
     * "Deine Aufgaben", not "verantwortung" in "Führungsverantwortung"); the word found first wins, and of
     * two found at the same place the longer ("about you" over "about").
     */
    public Optional<SectionKind> sectionOf(String heading) {
        String lower = heading.toLowerCase(Locale.ROOT);
        SectionKind best = null;
        int bestAt = Integer.MAX_VALUE;
        int bestLength = 0;
        for (Map.Entry<SectionKind, List<String>> e : sectionWords.entrySet()) {
            for (String word : e.getValue()) {
                int at = wordStart(lower, word);
                if (at >= 0 && (at < bestAt || at == bestAt && word.length() > bestLength)) {
                    best = e.getKey();
                    bestAt = at;
                    bestLength = word.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The first place where {@code word} starts a word of {@code text}, or -1. */
    private static int wordStart(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            if (at == 0 || !Character.isLetter(text.charAt(at - 1))) {
                return at;
            }
        }
        return -1;
    }
}
