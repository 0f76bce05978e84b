package dev.jobpostlint.rules;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;

/**
 * Finds which of a fixed set of strings occur in a text, lower-cased as it is read, in one pass whatever
 * the number of strings: an Aho-Corasick automaton with every transition worked out in advance, so each
 * character costs one table look-up. Looking for each string with {@code String.contains} took a third of
 * the time of a check once the catalogue had some hundred anchor strings. Immutable and thread-safe.
 */
final class AnchorScanner {

    private static final char DOTTED_CAPITAL_I = '\u0130';
    private static final char COMBINING_DOT_ABOVE = '\u0307';

    /** Each character's column in {@link #next}; 0 for characters that occur in no string. */
    private final char[] column = new char[Character.MAX_VALUE + 1];
    private final int columns;
    /** {@code next[state * columns + column]}: the state after reading a character. */
    private final int[] next;
    /** Per state, the strings that end there, or null. */
    private final int[][] ending;
    private final int[] empty;

    AnchorScanner(List<String> strings) {
        int columnCount = 1;
        int chars = 0;
        for (String s : strings) {
            chars += s.length();
            for (int i = 0; i < s.length(); i++) {
                if (column[s.charAt(i)] == 0) {
                    column[s.charAt(i)] = (char) columnCount++;
                }
            }
        }
        this.columns = columnCount;
        int[] table = new int[(chars + 1) * columns];
        Arrays.fill(table, -1);
        int[][] out = new int[chars + 1][];
        int states = 1;
        int[] emptyStrings = new int[0];
        for (int id = 0; id < strings.size(); id++) {
            String s = strings.get(id);
            if (s.isEmpty()) {
                emptyStrings = append(emptyStrings, id);
                continue;
            }
            int state = 0;
            for (int i = 0; i < s.length(); i++) {
                int cell = state * columns + column[s.charAt(i)];
                if (table[cell] < 0) {
                    table[cell] = states++;
                }
                state = table[cell];
            }
            out[state] = append(out[state], id);
        }
        this.empty = emptyStrings;
        this.next = Arrays.copyOf(table, states * columns);
        this.ending = Arrays.copyOf(out, states);
        linkFailures(states);
    }

    /** Turns the trie into the automaton: a missing transition goes where the longest proper suffix would. */
    private void linkFailures(int states) {
        int[] failure = new int[states];
        Queue<Integer> queue = new ArrayDeque<>();
        for (int c = 0; c < columns; c++) {
            int child = next[c];
            if (child < 0) {
                next[c] = 0;
            } else {
                failure[child] = 0;
                queue.add(child);
            }
        }
        while (!queue.isEmpty()) {
            int state = queue.remove();
            for (int c = 0; c < columns; c++) {
                int cell = state * columns + c;
                int viaFailure = next[failure[state] * columns + c];
                if (next[cell] < 0) {
                    next[cell] = viaFailure;
                } else {
                    int child = next[cell];
                    failure[child] = viaFailure;
                    ending[child] = concat(ending[child], ending[viaFailure]);
                    queue.add(child);
                }
            }
        }
    }

    /**
     * The ids of the strings that occur in {@code text[from, to)} lower-cased character by character, as
     * {@code toLowerCase(Locale.ROOT)} does for every letter of Latin script; each id once, in no set order.
     */
    int[] scan(String text, int from, int to) {
        char[] chars = new char[to - from];
        text.getChars(from, to, chars, 0);
        DistinctInts found = new DistinctInts();
        found.addAll(empty);
        int state = 0;
        for (char c : chars) {
            if (c == DOTTED_CAPITAL_I) {
                state = next[state * columns + column['i']];
                found.addAll(ending[state]);
                c = COMBINING_DOT_ABOVE;
            } else {
                c = c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c) : Character.toLowerCase(c);
            }
            state = next[state * columns + column[c]];
            found.addAll(ending[state]);
        }
        return found.toArray();
    }

    private static int[] append(int[] ids, int id) {
        if (ids == null) {
            return new int[] {id};
        }
        int[] longer = Arrays.copyOf(ids, ids.length + 1);
        longer[ids.length] = id;
        return longer;
    }

    private static int[] concat(int[] a, int[] b) {
        if (b == null) {
            return a;
        }
        if (a == null) {
            return b;
        }
        int[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
