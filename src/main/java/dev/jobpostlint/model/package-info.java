/**
 * Model: the trained sentence classifier beside the rules (an OpenNLP document categorizer over features that
 * generalise: stems, compound parts, the lexicon's classes, requirement cues, the section), its model file,
 * training and cross-validation.
 */
package dev.jobpostlint.model;
