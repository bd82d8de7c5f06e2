package dev.switchboard.application.error;

/** A user, guest IP or sign-in source is over its limit; answered as 429 with SPEC §6's body and Retry-After. */
public class RateLimitExceededException extends RuntimeException {

    private final int retryAfterSeconds;

    /** At least 1 second; chat limits pass 1–60 ({@code RateDecision.retryAfterSeconds()}), sign-in throttling up to its window. */
    public RateLimitExceededException(int retryAfterSeconds) {
        super("rate limit exceeded, retry after " + retryAfterSeconds + " s", null, false, false);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
