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

    public UpstreamFailure(Kind kind, String message, int status, String errorType) {
        super(message, null, false, false);
        this.kind = kind;
        this.status = status;
        this.errorType = errorType == null ? "" : errorType;
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
}
