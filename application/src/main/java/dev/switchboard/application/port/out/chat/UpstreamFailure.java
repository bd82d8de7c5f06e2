package dev.switchboard.application.port.out.chat;

/**
 * An upstream did not accept a request. {@code retryable} failures (connect error, timeout, 5xx, 429,
 * 401/403 from a misconfigured key) move on to the next channel; others are the request's own fault.
 * Messages never contain the API key.
 */
public class UpstreamFailure extends RuntimeException {

    private final boolean retryable;
    private final int status;

    public UpstreamFailure(String message, int status, boolean retryable) {
        super(message, null, false, false);
        this.status = status;
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }

    public int status() {
        return status;
    }
}
