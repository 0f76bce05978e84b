package dev.jobpostlint.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.jobpostlint.LocatedFinding;
import dev.jobpostlint.extract.Block;
import dev.jobpostlint.extract.BlockKind;
import dev.jobpostlint.extract.ExtractedText;
import dev.jobpostlint.nlp.Span;

/**
 * A posting's text cut into blocks of plain and flagged runs, so a view can show the whole posting with each
 * finding's excerpt marked. Findings are numbered by their position in the result; a finding whose span
 * overlaps an earlier one is marked only where it does not, and one without a usable span is left over.
 */
record Highlights(List<BlockView> blocks, List<Integer> unplaced) {

    /** A run of text; {@code finding} is the index of the finding it belongs to, or -1 for plain text. */
    record Run(String text, int finding) {
    }

    /** One heading, list item or paragraph, and the findings whose excerpt starts in it. */
    record BlockView(BlockKind kind, List<Run> runs, List<Integer> findings) {
    }

    static Highlights of(ExtractedText text, List<LocatedFinding> findings) {
        String s = text.text();
        List<Integer> order = new ArrayList<>();
        List<Integer> unplaced = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            Span span = findings.get(i).finding().span();
            if (span == null || span.length() == 0 || span.end() > s.length()) {
                unplaced.add(i);
            } else {
                order.add(i);
            }
        }
        order.sort(Comparator.comparingInt((Integer i) -> findings.get(i).finding().span().start()).thenComparing(i -> i));
        List<BlockView> views = new ArrayList<>();
        int next = 0;
        for (Block block : text.blocks()) {
            List<Run> runs = new ArrayList<>();
            List<Integer> anchored = new ArrayList<>();
            int cursor = block.start();
            while (next < order.size() && start(findings, order.get(next)) < block.end()) {
                int index = order.get(next++);
                Span span = findings.get(index).finding().span();
                int from = Math.max(cursor, span.start());
                int to = Math.min(block.end(), span.end());
                if (span.start() < block.start()) {
                    unplaced.add(index);
                    continue;
                }
                anchored.add(index);
                if (from > cursor) {
                    runs.add(new Run(s.substring(cursor, from), -1));
                }
                if (to > from) {
                    runs.add(new Run(s.substring(from, to), index));
                    cursor = to;
                }
            }
            if (cursor < block.end()) {
                runs.add(new Run(s.substring(cursor, block.end()), -1));
            }
            views.add(new BlockView(block.kind(), List.copyOf(runs), List.copyOf(anchored)));
        }
        while (next < order.size()) {
            unplaced.add(order.get(next++));
        }
        unplaced.sort(Comparator.naturalOrder());
        return new Highlights(List.copyOf(views), List.copyOf(unplaced));
    }

    private static int start(List<LocatedFinding> findings, int index) {
        return findings.get(index).finding().span().start();
    }
}
