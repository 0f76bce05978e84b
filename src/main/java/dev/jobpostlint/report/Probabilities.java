package dev.jobpostlint.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Probabilities as reports show them: three decimals, so that a report does not change with the last bits of a sum. */
final class Probabilities {

    private Probabilities() {
    }

    static BigDecimal rounded(double p) {
        return BigDecimal.valueOf(p).setScale(3, RoundingMode.HALF_EVEN);
    }

    /** "87 %" */
    static String percent(double p) {
        return Math.round(p * 100) + " %";
    }
}
