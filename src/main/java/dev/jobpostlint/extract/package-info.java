/** Extraction: reads a posting (Markdown, HTML, text, PDF, DOCX, ...) into plain text with a map back to source locations. */
package dev.jobpostlint.extract;
