/** Labelled corpora: postings in Markdown with the lines a correct linter flags, for training and scoring. */
package dev.jobpostlint.corpus;
