/** Evaluation: scores a run's findings against a labelled corpus of postings, line by line. */
package dev.jobpostlint.eval;
