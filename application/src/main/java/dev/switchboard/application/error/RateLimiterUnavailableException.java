package dev.switchboard.application.error;

/**
 * The shared rate-limit store cannot be reached, so no limit can be checked: the request is refused (503
 * {@code rate_limiter_unavailable}, Retry-After 5) rather than let through unlimited.
 */
public class RateLimiterUnavailableException extends RuntimeException {

    public static final int RETRY_AFTER_SECONDS = 5;

    public RateLimiterUnavailableException() {
        super("the rate limiter is unavailable", null, false, false);
    }
}
