package dev.jobpostlint.eval;

/** True positives, false positives and false negatives, with the ratios derived from them. */
public record Counts(int tp, int fp, int fn) {

    public static final Counts ZERO = new Counts(0, 0, 0);

    public Counts plus(Counts o) {
        return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
    }

    /** Precision; 1.0 when nothing was flagged. */
    public double precision() {
        return ratio(tp, tp + fp);
    }

    /** Recall; 1.0 when there was nothing to find. */
    public double recall() {
        return ratio(tp, tp + fn);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 1.0 : (double) a / b;
    }
}
