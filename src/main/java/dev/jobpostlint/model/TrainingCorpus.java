package dev.jobpostlint.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.jobpostlint.corpus.Labels;
import dev.jobpostlint.extract.ExtractedText;
import dev.jobpostlint.extract.ExtractionException;
import dev.jobpostlint.extract.Extractor;
import dev.jobpostlint.extract.SourceLocation;
import dev.jobpostlint.nlp.DocumentAnalyzer;
import dev.jobpostlint.nlp.Language;
import dev.jobpostlint.nlp.NlpModels;
import dev.jobpostlint.nlp.Span;
import dev.jobpostlint.rules.ModelVerdict;
import dev.jobpostlint.rules.PostingSentence;
import dev.jobpostlint.rules.RuleEngine;
import dev.jobpostlint.rules.SentenceClassifier;

/**
 * A labelled corpus (docs/*.md and labels.json) read for training: each posting goes through the same extraction,
 * sections and sentence splitting as a check does, so the model learns from the sentences it will later see.
 * A sentence takes the label of the lines it stands on: a category if one of them is a positive (a paragraph of
 * short unpunctuated lines is one sentence), else {@value TrainedModel#NONE}; sentences on ambiguous lines are left
 * out.
 */
final class TrainingCorpus {

    private static final long MAX_DOC_BYTES = 1024 * 1024;

    /** One posting of the corpus, read and extracted. */
    record Doc(String name, Language language, ExtractedText text, Map<Integer, String> positives, Set<Integer> ambiguous) {
    }

    private final List<Doc> docs;

    private TrainingCorpus(List<Doc> docs) {
        this.docs = List.copyOf(docs);
    }

    /** Reads every labelled posting of a corpus folder, in the order of their names. */
    static TrainingCorpus read(Path corpus) throws IOException {
        Path labelsFile = corpus.resolve("labels.json");
        Path docsDir = corpus.resolve("docs");
        if (!Files.isRegularFile(labelsFile) || !Files.isDirectory(docsDir)) {
            throw new IOException(corpus + ": not a corpus (needs docs/ and labels.json)");
        }
        Labels labels = Labels.read(labelsFile);
        Extractor extractor = new Extractor(MAX_DOC_BYTES);
        List<Doc> docs = new ArrayList<>();
        for (String name : labels.docs().keySet().stream().sorted().toList()) {
            Labels.Doc labelled = labels.docs().get(name);
            Language language = Language.fromCode(labelled.lang()).orElseThrow(() ->
                    new IOException(labelsFile + ": " + name + ": language '" + labelled.lang() + "' is not de or en"));
            Path file = docsDir.resolve(name);
            ExtractedText text;
            try {
                text = extractor.extract(file);
            } catch (ExtractionException e) {
                throw new IOException(file + ": " + e.getMessage(), e);
            }
            Map<Integer, String> positives = new HashMap<>();
            labelled.positives().forEach(p -> positives.put(p.line(), p.category()));
            Set<Integer> ambiguous = new HashSet<>();
            labelled.ambiguous().forEach(a -> ambiguous.add(a.line()));
            docs.add(new Doc(name, language, text, positives, ambiguous));
        }
        if (docs.isEmpty()) {
            throw new IOException(labelsFile + ": no labelled postings");
        }
        return new TrainingCorpus(docs);
    }

    List<Doc> docs() {
        return docs;
    }

    TrainingCorpus subset(List<Doc> kept) {
        return new TrainingCorpus(kept);
    }

    /** The vocabulary of these postings' texts. */
    Vocabulary vocabulary() {
        return Vocabulary.of(docs.stream().map(d -> d.text().text()).toList());
    }

    /** Every sentence of these postings with its features and label. */
    List<TrainingSample> samples(RuleEngine engine, NlpModels models, Vocabulary vocabulary) {
        List<TrainingSample> samples = new ArrayList<>();
        for (Doc doc : docs) {
            SentenceFeatures features = new SentenceFeatures(doc.language(), vocabulary);
            engine.start(new DocumentAnalyzer(models, doc.language()), false, new SentenceClassifier() {
                private PostingSentence before;

                @Override
                public List<ModelVerdict> classify(List<PostingSentence> block) {
                    List<String[]> blockFeatures = features.block(block, before);
                    List<ModelVerdict> verdicts = new ArrayList<>(block.size());
                    for (int i = 0; i < block.size(); i++) {
                        PostingSentence s = block.get(i);
                        add(doc, s, blockFeatures.get(i), samples);
                        verdicts.add(new ModelVerdict(TrainedModel.NONE, 0, 1, false, 0, s.tokens().size()));
                    }
                    before = block.isEmpty() ? before : block.get(block.size() - 1);
                    return verdicts;
                }
            }).check(doc.text());
        }
        return samples;
    }

    private static void add(Doc doc, PostingSentence s, String[] features, List<TrainingSample> samples) {
        Span span = s.tokens().sentence().span();
        SourceLocation where = doc.text().sourceMap().locate(span.start(), span.end());
        if (where.line() == null) {
            return;
        }
        int last = where.endLine() == null ? where.line() : where.endLine();
        String label = TrainedModel.NONE;
        for (int line = where.line(); line <= last; line++) {
            if (doc.ambiguous().contains(line)) {
                return;
            }
            if (label.equals(TrainedModel.NONE)) {
                label = doc.positives().getOrDefault(line, TrainedModel.NONE);
            }
        }
        samples.add(new TrainingSample(doc.name(), where.line(), label, s.text(), features));
    }
}
