package dev.jobpostlint.rules;

import java.util.Set;

/**
 * Strings that every token a /regex/ element matches (as a whole, ignoring case) must contain, read from
 * the regex's top level: a required {@code \d} means a digit, a literal run like {@code stellig} in
 * {@code (vier|fünf)stellig\w*} means that text. Conservative: anything not understood gives no anchor,
 * and only characters whose lower case is the same in the token and in the lower-cased sentence count
 * (a case-insensitive {@code s} also matches the long s, {@code k} the Kelvin sign, {@code i} the dotless i).
 */
final class RegexAnchors {

    private static final Set<String> DIGITS = Set.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
    private static final int MIN_LITERAL = 3;

    private RegexAnchors() {
    }

    /** The anchors of a regex, or null when none are known. */
    static Set<String> of(String regex) {
        boolean digit = false;
        String best = "";
        StringBuilder run = new StringBuilder();
        int i = 0;
        int n = regex.length();
        while (i < n) {
            char c = regex.charAt(i);
            if (c == '|') {
                return null; // top-level alternatives: nothing is required of all of them
            }
            int next;
            boolean literal = false;
            if (c == '\\') {
                if (i + 1 >= n) {
                    return null;
                }
                next = i + 2;
                if (regex.charAt(i + 1) == 'd' && !optional(regex, next)) {
                    digit = true;
                }
            } else if (c == '(' || c == '[') {
                next = skipGroup(regex, i);
                if (next < 0) {
                    return null;
                }
            } else {
                next = i + 1;
                literal = safe(c);
            }
            int after = skipQuantifier(regex, next);
            if (after < 0) {
                return null;
            }
            literal &= after == next;
            next = after;
            if (literal) {
                run.append(c);
            } else {
                best = longer(best, run);
                run.setLength(0);
            }
            i = next;
        }
        best = longer(best, run);
        if (best.length() >= MIN_LITERAL) {
            return Set.of(best);
        }
        return digit ? DIGITS : null;
    }

    private static String longer(String best, StringBuilder run) {
        return run.length() > best.length() ? run.toString() : best;
    }

    /** Letters and digits whose case folding needs no Unicode (see the class comment), and the hyphen. */
    private static boolean safe(char c) {
        return c >= 'a' && c <= 'z' && c != 'i' && c != 'k' && c != 's' || c >= '0' && c <= '9' || c == '-';
    }

    /** The index after a quantifier ({@code ? * + {m,n}}, lazy or possessive) at {@code at}; -1 if unclosed. */
    private static int skipQuantifier(String regex, int at) {
        if (at >= regex.length()) {
            return at;
        }
        int i = at;
        char c = regex.charAt(i);
        if (c == '?' || c == '*' || c == '+') {
            i++;
        } else if (c == '{') {
            i = regex.indexOf('}', i);
            if (i < 0) {
                return -1;
            }
            i++;
        } else {
            return at;
        }
        if (i < regex.length() && (regex.charAt(i) == '?' || regex.charAt(i) == '+')) {
            i++;
        }
        return i;
    }

    /** Whether what ends before {@code at} may occur zero times. */
    private static boolean optional(String regex, int at) {
        return at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '*'
                || regex.startsWith("{0", at));
    }

    /** The index after the group or class that starts at {@code start}, or -1 if it does not close. */
    private static int skipGroup(String regex, int start) {
        int depth = 0;
        boolean inClass = false;
        for (int i = start; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                if (c == ']') {
                    inClass = false;
                    if (depth == 0) {
                        return i + 1;
                    }
                }
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0) {
                    return i + 1;
                }
            }
        }
        return -1;
    }
}
