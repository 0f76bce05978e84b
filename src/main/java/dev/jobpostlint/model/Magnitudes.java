package dev.jobpostlint.model;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The order of magnitude of a number as postings write it: "10.000", "10,000", "10k", "1,5 Mio.", "15 Tsd.". */
final class Magnitudes {

    private static final Pattern GROUPED = Pattern.compile("(\\d{1,3})(?:[.,'’]\\d{3})+\\+?");
    private static final Pattern DECIMAL = Pattern.compile("(\\d+)(?:[.,](\\d+))?(k|tsd\\.?|m|mio\\.?)?\\+?");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final Set<String> THOUSANDS = Set.of("k", "tsd", "tsd.", "tausend", "thousand");
    private static final Set<String> MILLIONS = Set.of("m", "mio", "mio.", "million", "millionen", "millions");

    private Magnitudes() {
    }

    /**
     * The magnitude of a number token, given the token after it: "small" below 100, else the number of digits
     * before the decimal point less one (10,000 gives 4), "year" for 1900 to 2099; empty when the token is no number.
     */
    static Optional<String> of(String token, String next) {
        if (YEAR.matcher(token).matches()) {
            return Optional.of("year");
        }
        double value;
        Matcher grouped = GROUPED.matcher(token);
        Matcher decimal = DECIMAL.matcher(token);
        if (grouped.matches()) {
            value = Double.parseDouble(token.replaceAll("[^0-9]", ""));
        } else if (decimal.matches()) {
            String fraction = decimal.group(2) == null ? "" : "." + decimal.group(2);
            value = Double.parseDouble(decimal.group(1) + fraction) * scale(decimal.group(3) == null ? next : decimal.group(3));
        } else {
            return Optional.empty();
        }
        return Optional.of(value < 100 ? "small" : String.valueOf(Math.min(9, (int) Math.floor(Math.log10(value)))));
    }

    private static double scale(String unit) {
        if (THOUSANDS.contains(unit)) {
            return 1e3;
        }
        return MILLIONS.contains(unit) ? 1e6 : 1;
    }
}
