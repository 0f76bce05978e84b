/** Command line: one class per command, shared options and exit codes. */
package dev.jobpostlint.cli;
