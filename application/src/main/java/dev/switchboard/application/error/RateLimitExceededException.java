package dev.switchboard.application.error;

/** A user, guest IP or sign-in source is over its limit; answered as 429 with SPEC §6's body and Retry-After. */
public class RateLimitExceededException extends RuntimeException {

    private final int retryAfterSeconds;

    /** {@code retryAfterSeconds} is clamped to 1–60, the range SPEC §6 promises. */
    public RateLimitExceededException(int retryAfterSeconds) {
        super("rate limit exceeded, retry after " + retryAfterSeconds + " s", null, false, false);
        this.retryAfterSeconds = Math.max(1, Math.min(60, retryAfterSeconds));
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
