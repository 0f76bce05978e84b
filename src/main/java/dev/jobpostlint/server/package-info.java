/** The local web page and JSON API: postings are checked in memory through the Linter and never stored. */
package dev.jobpostlint.server;
