package dev.switchboard.application.port.out.chat;

/**
 * An upstream did not accept a request, as a fact: how it failed ({@link Kind}), the HTTP status (0 without one)
 * and the upstream's own error type when it named one ("overloaded_error", "insufficient_quota",
 * "RESOURCE_EXHAUSTED"..., else empty). Whether to try another channel is the application's call
 * ({@code FailoverPolicy}). Messages never contain the API key.
 */
public class UpstreamFailure extends RuntimeException {

    /** How the exchange failed. */
    public enum Kind {
        /** No answer: the connection could not be made, broke, or the URL cannot be called. */
        TRANSPORT,
        /** No (complete) answer in time. */
        TIMEOUT,
        /** A non-2xx answer. */
        STATUS,
        /** A 2xx answer Switchboard cannot read (not JSON, too large, broken off). */
        BAD_ANSWER
    }

    private final Kind kind;
    private final int status;
    private final String errorType;
    private final int retryAfterSeconds;

    public UpstreamFailure(Kind kind, String message, int status, String errorType) {
        this(kind, message, status, errorType, 0);
    }

    /** @param retryAfterSeconds the upstream's {@code Retry-After} in whole seconds, 0 when it sent none */
    public UpstreamFailure(Kind kind, String message, int status, String errorType, int retryAfterSeconds) {
        super(message, null, false, false);
        this.kind = kind;
        this.status = status;
        this.errorType = errorType == null ? "" : errorType;
        this.retryAfterSeconds = Math.max(0, retryAfterSeconds);
    }

    public UpstreamFailure(Kind kind, String message, int status) {
        this(kind, message, status, "");
    }

    public Kind kind() {
        return kind;
    }

    public int status() {
        return status;
    }

    public String errorType() {
        return errorType;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** The same failure, carrying the upstream's {@code Retry-After}. */
    public UpstreamFailure withRetryAfter(int seconds) {
        return new UpstreamFailure(kind, getMessage(), status, errorType, seconds);
    }
}
