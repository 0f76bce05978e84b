package dev.jobpostlint.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;

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
        /** Adds the token positions where a match of this element starting at {@code at} can end (exclusive). */
        void ends(Scope scope, int at, DistinctInts out);

        /** Lower-case strings of which a matching token must contain one, or null if no such set is known. */
        Set<String> anchors(Lexicon lexicon);
    }

    /** An element that matches exactly one token or none: most of them, tested without collecting ends. */
    interface TokenTest extends Element {
        boolean test(Scope scope, int at);

        @Override
        default void ends(Scope scope, int at, DistinctInts out) {
            if (test(scope, at)) {
                out.add(at + 1);
            }
        }
    }

    private final String source;
    private final List<Object> items;
    /** The items again, for the matcher's hot loop. */
    private final Object[] itemArray;

    private TokenPattern(String source, List<Object> items) {
        this.source = source;
        this.items = items;
        this.itemArray = items.toArray();
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
            if (options.stream().allMatch(o -> o instanceof TokenTest)) {
                return new AnyToken(options.stream().map(o -> (TokenTest) o).toArray(TokenTest[]::new));
            }
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
            String regex = text.substring(1, text.length() - 1);
            if (EndlessFold.reachedBy(regex)) {
                throw new IllegalArgumentException("bad regular expression " + text
                        + ": it holds one of the letters U+1C80 to U+1C88 (Cyrillic Extended-C), which cannot be"
                        + " matched ignoring case");
            }
            try {
                return new Regex(Pattern.compile(regex, Pattern.CASE_INSENSITIVE));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("bad regular expression " + text + ": " + e.getDescription()
                        + " (regular expressions run in linear time, without lookaround or backreferences)");
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
        private final Lexicon.WordMemory memory;
        private final Map<String, int[][]> classEnds = new HashMap<>();
        private final Map<Pattern, Matcher> matchers = new IdentityHashMap<>();

        Scope(AnalyzedSentence sentence, Lexicon lexicon, Lexicon.WordMemory memory) {
            this.sentence = sentence;
            this.lexicon = lexicon;
            this.memory = memory;
        }

        AnalyzedSentence sentence() {
            return sentence;
        }

        /** The ends of matches of class {@code name} from token {@code at}, in the order entries give them. */
        int[] classEnds(String name, int at) {
            int[][] byStart = classEnds.computeIfAbsent(name, n -> new int[sentence.size()][]);
            int[] ends = byStart[at];
            if (ends == null) {
                DistinctInts out = new DistinctInts();
                List<TokenPattern> entries = lexicon.entries(name);
                List<Match> matches = new ArrayList<>();
                for (int entry : lexicon.entriesStartingWith(name, sentence.lower(at), memory)) {
                    entries.get(entry).matchFrom(this, at, matches);
                    for (int m = 0; m < matches.size(); m++) {
                        out.add(matches.get(m).to());
                    }
                    matches.clear();
                }
                ends = out.toArray();
                byStart[at] = ends;
            }
            return ends;
        }

        /** Whether token {@code at} matches the regular expression as a whole; one matcher per pattern. */
        boolean matches(Pattern pattern, int at) {
            return matchers.computeIfAbsent(pattern, p -> p.matcher("")).reset(sentence.text(at)).matches();
        }
    }

    /** Every match of this pattern in the sentence, at most one per start token (the longest). */
    public List<Match> findAll(AnalyzedSentence s, Lexicon lexicon) {
        return findAll(new Scope(s, lexicon, lexicon.sharedMemory()));
    }

    /** As {@link #findAll(AnalyzedSentence, Lexicon)}, sharing class matches with other patterns. */
    List<Match> findAll(Scope scope) {
        List<Match> matches = new ArrayList<>();
        List<Match> fromStart = new ArrayList<>();
        for (int start = 0; start < scope.sentence().size(); start++) {
            matchFrom(scope, start, fromStart);
            Match best = null;
            for (int i = 0; i < fromStart.size(); i++) {
                Match m = fromStart.get(i);
                if (best == null || m.to() > best.to()) {
                    best = m;
                }
            }
            if (best != null) {
                matches.add(best);
            }
            fromStart.clear();
        }
        return matches;
    }

    /** Adds to {@code out} every match starting at token {@code start}. */
    private void matchFrom(Scope scope, int start, List<Match> out) {
        walk(scope, 0, start, start, -1, -1, out);
    }

    private void walk(Scope scope, int item, int pos, int start, int markFrom, int markTo, List<Match> out) {
        AnalyzedSentence s = scope.sentence();
        if (item == itemArray.length) {
            if (pos > start) {
                out.add(new Match(start, pos, markFrom < 0 ? start : markFrom, markTo < 0 ? pos : markTo));
            }
            return;
        }
        Object it = itemArray[item];
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
            walkElement(opt.element(), scope, item, pos, start, markFrom, markTo, out);
        } else {
            walkElement((Element) it, scope, item, pos, start, markFrom, markTo, out);
        }
    }

    /** Goes on after each match of the element at {@code pos}. */
    private void walkElement(Element e, Scope scope, int item, int pos, int start, int markFrom, int markTo,
                             List<Match> out) {
        if (pos >= scope.sentence().size()) {
            return;
        }
        if (e instanceof TokenTest t) {
            if (t.test(scope, pos)) {
                walk(scope, item + 1, pos + 1, start, markFrom, markTo, out);
            }
            return;
        }
        if (e instanceof ClassRef c) {
            for (int end : scope.classEnds(c.name(), pos)) {
                walk(scope, item + 1, end, start, markFrom, markTo, out);
            }
            return;
        }
        DistinctInts ends = new DistinctInts();
        e.ends(scope, pos, ends);
        for (int i = 0; i < ends.size(); i++) {
            walk(scope, item + 1, ends.get(i), start, markFrom, markTo, out);
        }
    }

    /**
     * The lower-case words one of which the first token of every match is, or null if the pattern does not
     * start with plain words ("your|yours": {your, yours}; "instagram*", "NUMBER", "!no": null).
     */
    Set<String> firstWords() {
        for (Object it : items) {
            if (it == Marker.OPEN || it == Marker.CLOSE) {
                continue;
            }
            List<? extends Element> options = it instanceof Word w ? List.of(w)
                    : it instanceof AnyToken any ? List.of(any.options()) : List.of();
            Set<String> words = new LinkedHashSet<>();
            for (Element e : options) {
                if (!(e instanceof Word w) || w.glob().parts().size() > 1) {
                    return null;
                }
                words.add(w.glob().text());
            }
            return words.isEmpty() ? null : words;
        }
        return null;
    }

    /**
     * Lower-case strings of which the first token of every match must contain one, or null when they are not
     * known (the pattern starts with an optional element, a gap or an unanchored one).
     */
    Set<String> firstAnchors(Lexicon lexicon) {
        for (Object it : items) {
            if (it == Marker.OPEN || it == Marker.CLOSE) {
                continue;
            }
            return it instanceof Element e && !(e instanceof ClassRef) ? e.anchors(lexicon) : null;
        }
        return null;
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
    record Glob(String text, List<String> parts, String anchor) {
        static Glob of(String glob) {
            List<String> parts = List.of(glob.split("\\*", -1));
            String longest = parts.stream().reduce("", (a, b) -> b.length() > a.length() ? b : a);
            return new Glob(glob, parts, longest.isEmpty() ? null : longest);
        }

        /** The first part starts the text, the last ends it, the others follow in order in between. */
        boolean matches(String lower) {
            if (parts.size() == 1) {
                return text.equals(lower);
            }
            String first = parts.get(0);
            String last = parts.get(parts.size() - 1);
            if (lower.length() < first.length() + last.length() || !lower.startsWith(first) || !lower.endsWith(last)) {
                return false;
            }
            int from = first.length();
            int to = lower.length() - last.length();
            for (int i = 1; i < parts.size() - 1; i++) {
                int found = lower.indexOf(parts.get(i), from);
                if (found < 0 || found + parts.get(i).length() > to) {
                    return false;
                }
                from = found + parts.get(i).length();
            }
            return true;
        }
    }

    private record Word(Glob glob) implements TokenTest {
        @Override
        public boolean test(Scope scope, int at) {
            return glob.matches(scope.sentence().lower(at));
        }

        @Override
        public Set<String> anchors(Lexicon lexicon) {
            return glob.anchor() == null ? null : Set.of(glob.anchor());
        }
    }

    private record Exact(String text) implements TokenTest {
        @Override
        public boolean test(Scope scope, int at) {
            return scope.sentence().text(at).equals(text);
        }

        @Override
        public Set<String> anchors(Lexicon lexicon) {
            return Set.of(text.toLowerCase(Locale.ROOT));
        }
    }

    /**
     * A regular expression on a token. Most of them are numbers ("\\d+k"), tried at every token of every sentence:
     * one that must start with a digit is not run on a token that does not.
     */
    private record Regex(Pattern pattern, boolean startsWithDigit) implements TokenTest {
        Regex(Pattern pattern) {
            this(pattern, pattern.pattern().startsWith("\\d") || pattern.pattern().startsWith("(\\d"));
        }

        @Override
        public boolean test(Scope scope, int at) {
            if (startsWithDigit) {
                String token = scope.sentence().text(at);
                if (token.isEmpty() || !Character.isDigit(token.charAt(0))) {
                    return false;
                }
            }
            return scope.matches(pattern, at);
        }

        @Override
        public Set<String> anchors(Lexicon lexicon) {
            return RegexAnchors.of(pattern.pattern());
        }
    }

    private record Lemma(Glob glob) implements TokenTest {
        @Override
        public boolean test(Scope scope, int at) {
            return glob.matches(scope.sentence().lemma(at));
        }

        @Override
        public Set<String> anchors(Lexicon lexicon) {
            return null;
        }
    }

    private record Pos(String tag) implements TokenTest {
        @Override
        public boolean test(Scope scope, int at) {
            return scope.sentence().pos(at).equals(tag);
        }

        @Override
        public Set<String> anchors(Lexicon lexicon) {
            return null;
        }
    }

    /** Any one token that the inner element does not match as exactly that token. */
    private record Not(Element inner) implements TokenTest {
        @Override
        public boolean test(Scope scope, int at) {
            if (inner instanceof TokenTest t) {
                return !t.test(scope, at);
            }
            DistinctInts innerEnds = new DistinctInts();
            inner.ends(scope, at, innerEnds);
            return !innerEnds.contains(at + 1);
        }

        @Override
        public Set<String> anchors(Lexicon lexicon) {
            return null;
        }
    }

    private record AnyOf(List<Element> options) implements Element {
        @Override
        public void ends(Scope scope, int at, DistinctInts out) {
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

    /** Alternatives that each match one token: "instagram|tiktok". */
    private record AnyToken(TokenTest[] options) implements TokenTest {
        @Override
        public boolean test(Scope scope, int at) {
            for (TokenTest t : options) {
                if (t.test(scope, at)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public Set<String> anchors(Lexicon lexicon) {
            return new AnyOf(List.of(options)).anchors(lexicon);
        }
    }

    private record ClassRef(String name) implements Element {
        @Override
        public void ends(Scope scope, int at, DistinctInts out) {
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
