package dev.jobpostlint.rules;

import java.util.Arrays;

/**
 * Ints, each once, in the order first added: the ends of a pattern element's matches, the anchors found in a
 * text. They rarely number more than a handful, so a linear look for duplicates beats hashing and boxing.
 */
final class DistinctInts {
    private static final int[] NONE = {};

    private int[] values = NONE;
    private int size;

    void add(int value) {
        if (!contains(value)) {
            if (size == values.length) {
                values = Arrays.copyOf(values, Math.max(4, size * 2));
            }
            values[size++] = value;
        }
    }

    /** Adds each of {@code more}; null adds nothing. */
    void addAll(int[] more) {
        if (more != null) {
            for (int value : more) {
                add(value);
            }
        }
    }

    boolean contains(int value) {
        for (int i = 0; i < size; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    int size() {
        return size;
    }

    int get(int i) {
        return values[i];
    }

    int[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
