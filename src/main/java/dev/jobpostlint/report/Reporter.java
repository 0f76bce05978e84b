package dev.jobpostlint.report;

import java.io.PrintWriter;
import java.util.List;

import dev.jobpostlint.LintResult;

/** Writes the results of one run, in input order, in one output format. */
public interface Reporter {

    void write(List<LintResult> results, PrintWriter out);
}
