package dev.jobpostlint.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The anchor strings of one language's rules, gathered once: many patterns share the same sets (every
 * pattern with AUDIENCE carries its words), so for a given text all strings are looked for in one pass and
 * each set decided once, however many rules ask. Immutable and thread-safe.
 */
final class Prefilter {

    private final AnchorScanner scanner;
    /** Per anchor string, the sets it belongs to. */
    private final int[][] groupsOfString;
    private final int groupCount;

    private Prefilter(List<String> strings, List<int[]> groups) {
        this.scanner = new AnchorScanner(strings);
        this.groupCount = groups.size();
        List<List<Integer>> members = new ArrayList<>();
        strings.forEach(s -> members.add(new ArrayList<>()));
        for (int g = 0; g < groups.size(); g++) {
            for (int s : groups.get(g)) {
                members.get(s).add(g);
            }
        }
        this.groupsOfString = members.stream()
                .map(m -> m.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
    }

    /** Gathers the anchor sets of the patterns, then builds the prefilter. */
    static final class Builder {
        private final List<String> strings = new ArrayList<>();
        private final Map<String, Integer> stringIds = new HashMap<>();
        private final List<int[]> groups = new ArrayList<>();
        private final Map<Set<String>, Integer> groupIds = new HashMap<>();

        /** The id of a set of anchors, of which a matching text must contain one. */
        int group(Set<String> anchors) {
            return groupIds.computeIfAbsent(Set.copyOf(anchors), set -> {
                int[] ids = set.stream().mapToInt(s -> stringIds.computeIfAbsent(s, k -> {
                    strings.add(k);
                    return strings.size() - 1;
                })).toArray();
                groups.add(ids);
                return groups.size() - 1;
            });
        }

        Prefilter build() {
            return new Prefilter(List.copyOf(strings), List.copyOf(groups));
        }
    }

    /** Which anchor sets {@code text[from, to)}, lower-cased, has a string of. */
    Probe probe(String text, int from, int to) {
        boolean[] groupSeen = new boolean[groupCount];
        for (int s : scanner.scan(text, from, to)) {
            for (int g : groupsOfString[s]) {
                groupSeen[g] = true;
            }
        }
        return new Probe(groupSeen);
    }

    /** The anchor sets one text has a string of. */
    static final class Probe {
        private final boolean[] groupSeen;

        private Probe(boolean[] groupSeen) {
            this.groupSeen = groupSeen;
        }

        /** Whether the text contains a string of every one of these sets. */
        boolean hasAll(int[] groupIds) {
            for (int g : groupIds) {
                if (!groupSeen[g]) {
                    return false;
                }
            }
            return true;
        }
    }
}
