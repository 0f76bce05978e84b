package dev.jobpostlint.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The anchor strings of one language's rules, gathered once: many patterns share the same sets (every
 * pattern with AUDIENCE carries its words), so for a given text each string is looked for at most once and
 * each set decided at most once, however many rules ask.
 */
final class Prefilter {

    private final List<String> strings = new ArrayList<>();
    private final Map<String, Integer> stringIds = new HashMap<>();
    private final List<int[]> groups = new ArrayList<>();
    private final Map<Set<String>, Integer> groupIds = new HashMap<>();

    /** The id of a set of anchors, of which a matching text must contain one. Only while building. */
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

    /** A look at one lower-cased text; not thread-safe, used for that text only. */
    Probe probe(String lowerText) {
        return new Probe(lowerText);
    }

    final class Probe {
        private static final byte UNKNOWN = 0;
        private static final byte YES = 1;
        private static final byte NO = 2;

        private final String text;
        private final byte[] stringSeen = new byte[strings.size()];
        private final byte[] groupSeen = new byte[groups.size()];

        private Probe(String text) {
            this.text = text;
        }

        /** Whether the text contains a string of every one of these sets. */
        boolean hasAll(int[] groupIds) {
            for (int g : groupIds) {
                if (!hasGroup(g)) {
                    return false;
                }
            }
            return true;
        }

        private boolean hasGroup(int g) {
            if (groupSeen[g] == UNKNOWN) {
                groupSeen[g] = NO;
                for (int s : groups.get(g)) {
                    if (hasString(s)) {
                        groupSeen[g] = YES;
                        break;
                    }
                }
            }
            return groupSeen[g] == YES;
        }

        private boolean hasString(int s) {
            if (stringSeen[s] == UNKNOWN) {
                stringSeen[s] = text.contains(strings.get(s)) ? YES : NO;
            }
            return stringSeen[s] == YES;
        }
    }
}
