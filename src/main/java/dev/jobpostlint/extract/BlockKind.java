package dev.jobpostlint.extract;

/** The structural role of a block of text in a posting. */
public enum BlockKind {
    HEADING, LIST_ITEM, PARAGRAPH
}
