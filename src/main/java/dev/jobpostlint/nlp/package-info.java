/** NLP: language detection, sentences, tokens, part-of-speech tags and lemmas from Apache OpenNLP. */
package dev.jobpostlint.nlp;
