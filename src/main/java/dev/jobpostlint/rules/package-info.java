/** Rules: rule files, the lexicon of slots, section classification and the matcher that turns analysed sentences into findings. */
package dev.jobpostlint.rules;
