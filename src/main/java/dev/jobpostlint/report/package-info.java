/** Reports: one reporter per output format, chosen by OutputFormat. */
package dev.jobpostlint.report;
