package dev.jobpostlint.extract;

import java.util.Arrays;

/** The lines of a source text as offsets: where each starts, where its trimmed content starts and ends. */
final class Lines {

    private final CharSequence source;
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private int count;

    Lines(CharSequence source) {
        this.source = source;
        int start = 0;
        int n = source.length();
        for (int i = 0; i < n; i++) {
            char c = source.charAt(i);
            if (c == '\n' || c == '\r') {
                add(start, i);
                if (c == '\r' && i + 1 < n && source.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n) {
            add(start, n);
        }
    }

    private void add(int start, int end) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
        }
        starts[count] = start;
        ends[count] = end;
        count++;
    }

    int count() {
        return count;
    }

    int start(int line) {
        return starts[line];
    }

    /** Offset of the first character that is not white space (the line's end if there is none). */
    int contentStart(int line) {
        int i = starts[line];
        while (i < ends[line] && Character.isWhitespace(source.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Offset after the last character that is not white space. */
    int contentEnd(int line) {
        int i = ends[line];
        int from = contentStart(line);
        while (i > from && Character.isWhitespace(source.charAt(i - 1))) {
            i--;
        }
        return i;
    }
}
