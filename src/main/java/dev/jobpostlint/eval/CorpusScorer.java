package dev.jobpostlint.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.jobpostlint.LintResult;
import dev.jobpostlint.LocatedFinding;
import dev.jobpostlint.corpus.Labels;
import dev.jobpostlint.rules.Finding;

/**
 * Line-level scoring of a run against {@link Labels}, exactly as the corpus's scoring script does it:
 * a result belongs to the labelled document with the same file stem; a finding in a Markdown or text
 * file is placed on its line, in any other format on the first positive (then negative) whose
 * normalized text contains the normalized excerpt; ambiguous lines are not scored; a positive line
 * with a finding is a true positive, without one a false negative; any other flagged line is one false
 * positive however many findings it has.
 */
public final class CorpusScorer {

    /** From this probability of "nothing of the kind", the model's doubt about a rule's finding is reported. */
    public static final double DOUBT = 0.9;

    private static final Set<String> LINE_FORMATS = Set.of(".md", ".txt", ".markdown");

    private final Labels labels;

    public CorpusScorer(Labels labels) {
        this.labels = labels;
    }

    public Scores score(List<LintResult> results) {
        Map<String, String> docByStem = new HashMap<>();
        labels.docs().keySet().forEach(name -> docByStem.put(stem(name), name));

        Map<String, Scores.Sources> hits = new HashMap<>();
        Set<String> seen = new HashSet<>();
        List<Scores.FalsePositive> fps = new ArrayList<>();
        List<Scores.Doubt> doubts = new ArrayList<>();
        Map<String, Scores.Sources> sources = new LinkedHashMap<>();
        List<String> unlabelled = new ArrayList<>();
        for (LintResult result : results) {
            String name = docByStem.get(stem(result.path()));
            if (name == null) {
                unlabelled.add(result.path());
                continue;
            }
            seen.add(name);
            scoreFile(name, labels.docs().get(name), result, hits, fps, doubts, sources);
        }

        Map<String, Counts> byLanguage = new TreeMap<>();
        Map<String, Counts> byCategory = new TreeMap<>();
        Map<String, Scores.Sources> bySource = new TreeMap<>();
        Map<String, Scores.Sources> byCategorySource = new TreeMap<>();
        List<Scores.FalseNegative> fns = new ArrayList<>();
        for (Map.Entry<String, Labels.Doc> e : labels.docs().entrySet()) {
            if (!seen.contains(e.getKey())) {
                continue;
            }
            for (Labels.Line p : e.getValue().positives()) {
                Scores.Sources source = hits.get(key(e.getKey(), String.valueOf(p.line())));
                boolean hit = source != null;
                Counts c = hit ? new Counts(1, 0, 0) : new Counts(0, 0, 1);
                String category = p.category() == null ? "?" : p.category();
                byLanguage.merge(e.getValue().lang(), c, Counts::plus);
                byCategory.merge(category, c, Counts::plus);
                Scores.Sources counted = hit ? source : new Scores.Sources(0, 0, 0, 1);
                bySource.merge(e.getValue().lang(), counted, Scores.Sources::plus);
                byCategorySource.merge(category, counted, Scores.Sources::plus);
                if (!hit) {
                    fns.add(new Scores.FalseNegative(e.getKey(), p.line(), p.category(), p.text()));
                }
            }
        }
        for (Scores.FalsePositive fp : fps) {
            byLanguage.merge(labels.docs().get(fp.doc()).lang(), new Counts(0, 1, 0), Counts::plus);
            if (fp.category() != null) {
                byCategory.merge(fp.category(), new Counts(0, 1, 0), Counts::plus);
            }
        }
        Counts overall = byLanguage.values().stream().reduce(Counts.ZERO, Counts::plus);
        List<String> missing = labels.docs().keySet().stream().filter(n -> !seen.contains(n)).sorted().toList();
        Map<String, Scores.Sources> allSources = new LinkedHashMap<>(bySource);
        allSources.putAll(byCategorySource);
        allSources.put(Scores.FALSE_POSITIVES, sources.getOrDefault(Scores.FALSE_POSITIVES, Scores.Sources.ZERO));
        return new Scores(byLanguage, overall, byCategory, allSources, fps, fns, doubts, missing, unlabelled,
                seen.size(), labels.docs().size());
    }

    private static void scoreFile(String name, Labels.Doc doc, LintResult result, Map<String, Scores.Sources> hits,
                                  List<Scores.FalsePositive> fps, List<Scores.Doubt> doubts,
                                  Map<String, Scores.Sources> sources) {
        Map<Integer, Labels.Line> positives = byLine(doc.positives());
        Map<Integer, Labels.Line> negatives = byLine(doc.negatives());
        Set<String> skip = new HashSet<>();
        doc.ambiguous().forEach(a -> skip.add(String.valueOf(a.line())));
        boolean byLine = LINE_FORMATS.contains(suffix(result.path()));
        Map<String, Scores.Sources> fpSources = new HashMap<>();
        for (LocatedFinding located : result.findings()) {
            Finding f = located.finding();
            Integer line = located.location() == null ? null : located.location().line();
            String where = byLine && line != null ? String.valueOf(line) : placeByExcerpt(doc, f.excerpt());
            if (skip.contains(where)) {
                continue;
            }
            Integer number = isNumber(where) ? Integer.valueOf(where) : null;
            Labels.Line negative = number == null ? null : negatives.get(number);
            boolean positive = number != null && positives.containsKey(number);
            if (f.source() == Finding.Source.RULE && f.model() != null && f.model().none() >= DOUBT) {
                doubts.add(new Scores.Doubt(name, where, f.ruleId(), f.sentence(), f.model().none(),
                        positive ? "positive" : negative != null ? "hard negative" : "unlabelled"));
            }
            if (positive) {
                hits.merge(key(name, where), source(f), CorpusScorer::either);
            } else {
                if (!fpSources.containsKey(where)) {
                    fps.add(new Scores.FalsePositive(name, where, f.ruleId(), f.category(), f.excerpt(), f.sentence(),
                            negative == null ? null : negative.text()));
                }
                fpSources.merge(where, source(f), CorpusScorer::either);
            }
        }
        fpSources.values().forEach(s -> sources.merge(Scores.FALSE_POSITIVES, s, Scores.Sources::plus));
    }

    /** One flagged line's source, from one finding on it: a rule (with or without the model), or the model. */
    private static Scores.Sources source(Finding f) {
        if (f.source() == Finding.Source.MODEL) {
            return new Scores.Sources(0, 1, 0, 0);
        }
        return f.model() != null && f.model().flags() ? new Scores.Sources(0, 0, 1, 0) : new Scores.Sources(1, 0, 0, 0);
    }

    /** The source of a line two findings flag: a rule and the model on it make "both". */
    private static Scores.Sources either(Scores.Sources a, Scores.Sources b) {
        boolean rule = a.ruleOnly() + a.both() + b.ruleOnly() + b.both() > 0;
        boolean model = a.modelOnly() + a.both() + b.modelOnly() + b.both() > 0;
        return new Scores.Sources(rule && !model ? 1 : 0, model && !rule ? 1 : 0, rule && model ? 1 : 0, 0);
    }

    private static String placeByExcerpt(Labels.Doc doc, String excerpt) {
        String e = TextNormalizer.normalize(excerpt);
        if (!e.isEmpty()) {
            for (Labels.Line p : doc.positives()) {
                if (TextNormalizer.normalize(p.text()).contains(e)) {
                    return String.valueOf(p.line());
                }
            }
            for (Labels.Line n : doc.negatives()) {
                if (TextNormalizer.normalize(n.text()).contains(e)) {
                    return String.valueOf(n.line());
                }
            }
        }
        int cut = e.codePointCount(0, e.length()) > 60 ? e.offsetByCodePoints(0, 60) : e.length();
        return "excerpt:" + e.substring(0, cut);
    }

    private static Map<Integer, Labels.Line> byLine(List<Labels.Line> lines) {
        Map<Integer, Labels.Line> map = new LinkedHashMap<>();
        // Later entries win, as in a dict built from the list.
        lines.forEach(l -> map.put(l.line(), l));
        return map;
    }

    private static boolean isNumber(String where) {
        return where.matches("-?\\d{1,9}");
    }

    private static String key(String doc, String where) {
        return doc + "\u0000" + where;
    }

    /** The file name without its directory and last extension, as Python's {@code PurePath.stem}. */
    static String stem(String path) {
        String name = fileName(path);
        int dot = name.lastIndexOf('.');
        return dot > 0 && dot < name.length() - 1 ? name.substring(0, dot) : name;
    }

    /** The lower-cased last extension with its dot, as {@code PurePath.suffix.lower()}. */
    static String suffix(String path) {
        String name = fileName(path);
        int dot = name.lastIndexOf('.');
        return dot > 0 && dot < name.length() - 1 ? name.substring(dot).toLowerCase(Locale.ROOT) : "";
    }

    private static String fileName(String path) {
        String p = path == null ? "" : path;
        while (p.length() > 1 && (p.endsWith("/") || p.endsWith(java.io.File.separator))) {
            p = p.substring(0, p.length() - 1);
        }
        int slash = Math.max(p.lastIndexOf('/'), p.lastIndexOf(java.io.File.separatorChar));
        return p.substring(slash + 1);
    }
}
