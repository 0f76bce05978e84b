package dev.jobpostlint.nlp;

import java.util.concurrent.ConcurrentHashMap;

/**
 * How OpenNLP's tokenizer splits whitespace-separated words, remembered across documents. The tokenizer
 * decides each such word on the word alone, one maximum-entropy evaluation per character, so a word it has
 * split once ("TikTok-Account,", "(m/w/d)") need not be split again: postings share most of their words.
 * Shared by the documents of one language; thread-safe; bounded, so a huge input cannot fill memory with it.
 */
final class WordSplits {

    static final int MAX_WORDS = 50_000;

    private final ConcurrentHashMap<String, int[]> splits = new ConcurrentHashMap<>();

    /** The token bounds in {@code word} as {start, end, start, end, ...}, or null if not known yet. */
    int[] get(String word) {
        return splits.get(word);
    }

    void put(String word, int[] bounds) {
        if (splits.size() < MAX_WORDS) {
            splits.putIfAbsent(word, bounds);
        }
    }
}
