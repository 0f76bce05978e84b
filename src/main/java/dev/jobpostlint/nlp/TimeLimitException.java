package dev.jobpostlint.nlp;

import java.time.Duration;

/** A posting took longer than its time limit; what was found so far is dropped, and the posting is reported. */
public final class TimeLimitException extends RuntimeException {

    private final Duration limit;

    public TimeLimitException(Duration limit) {
        super("took longer than " + limit.toSeconds() + " s", null, false, false);
        this.limit = limit;
    }

    public Duration limit() {
        return limit;
    }
}
