package dev.switchboard.domain.ratelimit;

import java.time.Duration;
import java.util.Objects;

/** Outcome of asking a rate window for room: allowed, or refused with the wait until room frees up. */
public record RateDecision(boolean allowed, Duration retryAfter) {

    private static final RateDecision ALLOWED = new RateDecision(true, Duration.ZERO);

    public RateDecision {
        Objects.requireNonNull(retryAfter, "retryAfter");
    }

    public static RateDecision allow() {
        return ALLOWED;
    }

    public static RateDecision refuse(Duration retryAfter) {
        return new RateDecision(false, retryAfter);
    }

    /** Whole seconds to wait, 1 to 60, as SPEC §6's {@code retry_after} and the Retry-After header want. */
    public int retryAfterSeconds() {
        long millis = retryAfter.toMillis();
        long seconds = (millis + 999) / 1000;
        return (int) Math.max(1, Math.min(60, seconds));
    }
}
