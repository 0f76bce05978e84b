package dev.jobpostlint.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import dev.jobpostlint.nlp.AnalyzedSentence;

/**
 * A compiled token pattern, the match language of rule files (documented in rules/README.md).
 *
 * <p>A pattern is a sequence of elements separated by spaces. An element tests one token, or a run of
 * tokens for a class: {@code follower*} (glob on the lower-cased token), {@code "X"} (exact, case-sensitive),
 * {@code /\d+k/} (regular expression on the token), {@code <haben>} (lemma), {@code #NOUN} (part of speech),
 * {@code AUDIENCE} (a class from the lexicon). {@code a|b} is either, {@code !a} any token but a,
 * a trailing {@code ?} makes an element optional, {@code ...} skips up to four tokens and {@code ..N} up to N.
 * {@code [} and {@code ]} mark the part of the match that is reported.
 */
public final class TokenPattern {

    private static final Pattern GAP = Pattern.compile("\\.\\.\\d+");
    private static final Pattern CLASS_NAME = Pattern.compile("[A-Z][A-Z0-9_]+");

    /** Ends of the matches of one element starting at one token. */
    interface Element {
        /** Token positions where a match of this element starting at {@code at} can end (exclusive). */
        void ends(Scope scope, int at, Set<Integer> out);

        /** Lower-case strings of which a matching token must contain one, or null if no such set is known. */
        Set<String> anchors(Lexicon lexicon);
    }

    private final String source;
    private final List<Object> items;

    private TokenPattern(String source, List<Object> items) {
        this.source = source;
        this.items = items;
    }

    public String source() {
        return source;
    }

    /** A match: the whole matched token range and the reported range, both as token indices [from, to). */
    public record Match(int from, int to, int markFrom, int markTo) {
    }

    private enum Marker { OPEN, CLOSE }

    private record Gap(int max) {
    }

    private record Optional(Element element) {
    }

    /** Parses a pattern; throws IllegalArgumentException with a reason a rule author can act on. */
    public static TokenPattern parse(String source) {
        List<Object> items = new ArrayList<>();
        int opens = 0;
        int closes = 0;
        for (String part : split(source)) {
            if (part.equals("[")) {
                items.add(Marker.OPEN);
                opens++;
            } else if (part.equals("]")) {
                items.add(Marker.CLOSE);
                closes++;
            } else if (part.equals("...")) {
                items.add(new Gap(4));
            } else if (GAP.matcher(part).matches()) {
                items.add(new Gap(Integer.parseInt(part.substring(2))));
            } else if (part.endsWith("?") && part.length() > 1 && !part.startsWith("/")) {
                items.add(new Optional(element(part.substring(0, part.length() - 1))));
            } else {
                items.add(element(part));
            }
        }
        if (opens > 1 || closes != opens) {
            throw new IllegalArgumentException("a pattern marks at most one part, with one '[' and one ']'");
        }
        if (items.stream().noneMatch(i -> i instanceof Element || i instanceof Optional)) {
            throw new IllegalArgumentException("the pattern has no element to match");
        }
        return new TokenPattern(source, List.copyOf(items));
    }

    private static List<String> split(String source) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inRegex = false;
        boolean inQuote = false;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '/' && !inQuote && (current.length() == 0 || inRegex || endsWithBar(current))) {
                inRegex = !inRegex;
            } else if (c == '"' && !inRegex) {
                inQuote = !inQuote;
            } else if (c == '\\' && inRegex && i + 1 < source.length()) {
                current.append(c);
                c = source.charAt(++i);
            } else if (Character.isWhitespace(c) && !inRegex && !inQuote) {
                if (current.length() > 0) {
                    parts.add(current.toString());
                    current.setLength(0);
                }
                continue;
            }
            if ((c == '[' || c == ']') && !inRegex && !inQuote && current.length() == 0) {
                parts.add(String.valueOf(c));
                continue;
            }
            current.append(c);
        }
        if (inRegex || inQuote) {
            throw new IllegalArgumentException("unclosed " + (inRegex ? "/regex/" : "quote") + " in pattern");
        }
        if (current.length() > 0) {
            String last = current.toString();
            if (last.endsWith("]") && last.length() > 1 && !last.endsWith("/]")) {
                parts.add(last.substring(0, last.length() - 1));
                parts.add("]");
            } else {
                parts.add(last);
            }
        }
        return parts;
    }

    private static boolean endsWithBar(StringBuilder b) {
        return b.charAt(b.length() - 1) == '|' || (b.length() == 1 && b.charAt(0) == '!');
    }

    private static Element element(String text) {
        if (text.startsWith("!") && text.length() > 1) {
            Element inner = element(text.substring(1));
            return new Not(inner);
        }
        List<String> alternatives = splitAlternatives(text);
        if (alternatives.size() > 1) {
            List<Element> options = alternatives.stream().map(TokenPattern::atom).toList();
            return new AnyOf(options);
        }
        return atom(text);
    }

    private static List<String> splitAlternatives(String text) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean regex = false;
        boolean quote = false;
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '/' && !quote && (cur.length() == 0 || regex)) {
                regex = !regex;
            } else if (c == '"' && !regex) {
                quote = !quote;
            } else if (c == '\\' && regex && i + 1 < text.length()) {
                cur.append(c).append(text.charAt(++i));
                continue;
            } else if (c == '|' && !regex && !quote && depth == 0) {
                out.add(cur.toString());
                cur.setLength(0);
                continue;
            }
            cur.append(c);
        }
        out.add(cur.toString());
        return out;
    }

    private static Element atom(String text) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("empty alternative in pattern element");
        }
        if (text.length() > 1 && text.startsWith("/") && text.endsWith("/")) {
            try {
                return new Regex(Pattern.compile(text.substring(1, text.length() - 1),
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("bad regular expression " + text + ": " + e.getDescription());
            }
        }
        if (text.length() > 1 && text.startsWith("\"") && text.endsWith("\"")) {
            return new Exact(text.substring(1, text.length() - 1));
        }
        if (text.length() > 2 && text.startsWith("<") && text.endsWith(">")) {
            return new Lemma(Glob.of(text.substring(1, text.length() - 1).toLowerCase(Locale.ROOT)));
        }
        if (text.length() > 1 && text.startsWith("#")) {
            return new Pos(text.substring(1));
        }
        if (CLASS_NAME.matcher(text).matches()) {
            return new ClassRef(text);
        }
        if (!text.equals(text.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("'" + text + "': words are matched ignoring case, so write them in lower case"
                    + " (a class name is all capitals, an exact word goes in quotes)");
        }
        return new Word(Glob.of(text));
    }

    /**
     * One sentence being matched against a lexicon. The ends of class matches are remembered per token, so a
     * class that several patterns and rules name (NUMBER, AUDIENCE, NEGATION, ...) is matched once per
     * position: without this, class matching was about half of the time spent on a candidate sentence.
     * Not thread-safe; it lives as long as the checking of one sentence.
     */
    static final class Scope {
        private final AnalyzedSentence sentence;
        private final Lexicon lexicon;
        private final Map<String, int[][]> classEnds = new HashMap<>();

        Scope(AnalyzedSentence sentence, Lexicon lexicon) {
            this.sentence = sentence;
            this.lexicon = lexicon;
        }

        AnalyzedSentence sentence() {
            return sentence;
        }

        /** The ends of matches of class {@code name} from token {@code at}, in the order entries give them. */
        int[] classEnds(String name, int at) {
            int[][] byStart = classEnds.computeIfAbsent(name, n -> new int[sentence.size()][]);
            int[] ends = byStart[at];
            if (ends == null) {
                Set<Integer> out = new LinkedHashSet<>();
                for (TokenPattern entry : lexicon.entries(name)) {
                    for (Match m : entry.matchFrom(this, at)) {
                        out.add(m.to());
                    }
                }
                ends = out.stream().mapToInt(Integer::intValue).toArray();
                byStart[at] = ends;
            }
            return ends;
        }
    }

    /** Every match of this pattern in the sentence, at most one per start token (the longest). */
    public List<Match> findAll(AnalyzedSentence s, Lexicon lexicon) {
        return findAll(new Scope(s, lexicon));
    }

    /** As {@link #findAll(AnalyzedSentence, Lexicon)}, sharing class matches with other patterns. */
    List<Match> findAll(Scope scope) {
        List<Match> matches = new ArrayList<>();
        for (int start = 0; start < scope.sentence().size(); start++) {
            Match best = null;
            for (Match m : matchFrom(scope, start)) {
                if (best == null || m.to() > best.to()) {
                    best = m;
                }
            }
            if (best != null) {
                matches.add(best);
            }
        }
        return matches;
    }

    private List<Match> matchFrom(Scope scope, int start) {
        List<Match> out = new ArrayList<>();
        walk(scope, 0, start, start, -1, -1, out);
        return out;
    }

    private void walk(Scope scope, int item, int pos, int start, int markFrom, int markTo, List<Match> out) {
        AnalyzedSentence s = scope.sentence();
        if (item == items.size()) {
            if (pos > start) {
                out.add(new Match(start, pos, markFrom < 0 ? start : markFrom, markTo < 0 ? pos : markTo));
            }
            return;
        }
        Object it = items.get(item);
        if (it == Marker.OPEN) {
            walk(scope, item + 1, pos, start, pos, markTo, out);
        } else if (it == Marker.CLOSE) {
            walk(scope, item + 1, pos, start, markFrom, pos, out);
        } else if (it instanceof Gap gap) {
            for (int skip = 0; skip <= gap.max() && pos + skip <= s.size(); skip++) {
                walk(scope, item + 1, pos + skip, start, markFrom, markTo, out);
            }
        } else if (it instanceof Optional opt) {
            walk(scope, item + 1, pos, start, markFrom, markTo, out);
            for (int end : ends(opt.element(), scope, pos)) {
                walk(scope, item + 1, end, start, markFrom, markTo, out);
            }
        } else {
            for (int end : ends((Element) it, scope, pos)) {
                walk(scope, item + 1, end, start, markFrom, markTo, out);
            }
        }
    }

    private static Set<Integer> ends(Element e, Scope scope, int at) {
        if (at >= scope.sentence().size()) {
            return Set.of();
        }
        Set<Integer> out = new LinkedHashSet<>();
        e.ends(scope, at, out);
        return out;
    }

    /**
     * Lower-case strings of which the sentence must contain at least one for this pattern to match,
     * or null when the pattern has no such anchor (then every sentence is a candidate).
     */
    public Set<String> anchors(Lexicon lexicon) {
        Set<String> best = null;
        for (Object it : items) {
            if (it instanceof Element e) {
                Set<String> a = e.anchors(lexicon);
                if (a != null && (best == null || selectivity(a) > selectivity(best))) {
                    best = a;
                }
            }
        }
        return best;
    }

    /**
     * For each element a match cannot do without (not optional, not negated), the strings of which the
     * sentence must contain one, where such strings are known. A sentence that lacks any one of these sets
     * cannot match: "10.000 Follower" needs a NUMBER and an AUDIENCE word, so a sentence about the
     * community without a digit or number word is never tokenized.
     */
    List<Set<String>> requiredAnchors(Lexicon lexicon) {
        List<Set<String>> required = new ArrayList<>();
        for (Object it : items) {
            if (it instanceof Element e) {
                Set<String> a = e.anchors(lexicon);
                if (a != null) {
                    required.add(a);
                }
            }
        }
        return required;
    }

    private static int selectivity(Set<String> anchors) {
        return anchors.stream().mapToInt(String::length).min().orElse(0) * 100 - anchors.size();
    }

    /** Checks that every class the pattern names exists; returns the first unknown one or null. */
    String unknownClass(Lexicon lexicon) {
        for (Object it : items) {
            Element e = it instanceof Optional o ? o.element() : it instanceof Element el ? el : null;
            String unknown = e == null ? null : unknownClass(e, lexicon);
            if (unknown != null) {
                return unknown;
            }
        }
        return null;
    }

    private static String unknownClass(Element e, Lexicon lexicon) {
        if (e instanceof ClassRef c) {
            return lexicon.hasClass(c.name()) ? null : c.name();
        }
        if (e instanceof Not n) {
            return unknownClass(n.inner(), lexicon);
        }
        if (e instanceof AnyOf any) {
            for (Element o : any.options()) {
                String u = unknownClass(o, lexicon);
                if (u != null) {
                    return u;
                }
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return source;
    }

    /** A glob over lower-case text: {@code *} stands for any run of characters. */
    record Glob(String text, Pattern regex, String anchor) {
        static Glob of(String glob) {
            if (!glob.contains("*")) {
                return new Glob(glob, null, glob);
            }
            String[] parts = glob.split("\\*", -1);
            StringBuilder regex = new StringBuilder();
            String longest = "";
            for (int i = 0; i < parts.length; i++) {
                regex.append(i == 0 ? "" : ".*").append(Pattern.quote(parts[i]));
                longest = parts[i].length() > longest.length() ? parts[i] : longest;
            }
            return new Glob(glob, Pattern.compile(regex.toString(), Pattern.DOTALL), longest.isEmpty() ? null : longest);
        }

        boolean matches(String lower) {
            return regex == null ? text.equals(lower) : regex.matcher(lower).matches();
        }
    }

    private record Word(Glob glob) implements Element {
        @Override
        public void ends(Scope scope, int at, Set<Integer> out) {
            if (glob.matches(scope.sentence().lower(at))) {
                out.add(at + 1);
            }
        }

        @Override
        public Set<String> anchors(Lexicon lexicon) {
            return glob.anchor() == null ? null : Set.of(glob.anchor());
        }
    }

    private record Exact(String text) implements Element {
        @Override
        public void ends(Scope scope, int at, Set<Integer> out) {
            if (scope.sentence().text(at).equals(text)) {
                out.add(at + 1);
            }
        }

        @Override
        public Set<String> anchors(Lexicon lexicon) {
            return Set.of(text.toLowerCase(Locale.ROOT));
        }
    }

    private record Regex(Pattern pattern) implements Element {
        @Override
        public void ends(Scope scope, int at, Set<Integer> out) {
            if (pattern.matcher(scope.sentence().text(at)).matches()) {
                out.add(at + 1);
            }
        }

        @Override
        public Set<String> anchors(Lexicon lexicon) {
            return RegexAnchors.of(pattern.pattern());
        }
    }

    private record Lemma(Glob glob) implements Element {
        @Override
        public void ends(Scope scope, int at, Set<Integer> out) {
            if (glob.matches(scope.sentence().lemma(at))) {
                out.add(at + 1);
            }
        }

        @Override
        public Set<String> anchors(Lexicon lexicon) {
            return null;
        }
    }

    private record Pos(String tag) implements Element {
        @Override
        public void ends(Scope scope, int at, Set<Integer> out) {
            if (scope.sentence().pos(at).equals(tag)) {
                out.add(at + 1);
            }
        }

        @Override
        public Set<String> anchors(Lexicon lexicon) {
            return null;
        }
    }

    private record Not(Element inner) implements Element {
        @Override
        public void ends(Scope scope, int at, Set<Integer> out) {
            Set<Integer> innerEnds = new LinkedHashSet<>();
            inner.ends(scope, at, innerEnds);
            if (!innerEnds.contains(at + 1)) {
                out.add(at + 1);
            }
        }

        @Override
        public Set<String> anchors(Lexicon lexicon) {
            return null;
        }
    }

    private record AnyOf(List<Element> options) implements Element {
        @Override
        public void ends(Scope scope, int at, Set<Integer> out) {
            for (Element e : options) {
                e.ends(scope, at, out);
            }
        }

        @Override
        public Set<String> anchors(Lexicon lexicon) {
            Set<String> all = new LinkedHashSet<>();
            for (Element e : options) {
                Set<String> a = e.anchors(lexicon);
                if (a == null) {
                    return null;
                }
                all.addAll(a);
            }
            return all;
        }
    }

    private record ClassRef(String name) implements Element {
        @Override
        public void ends(Scope scope, int at, Set<Integer> out) {
            for (int end : scope.classEnds(name, at)) {
                out.add(end);
            }
        }

        @Override
        public Set<String> anchors(Lexicon lexicon) {
            return lexicon.anchors(name);
        }
    }
}
