package dev.switchboard.application.error;

/** The upstream refused the request itself (a 4xx other than auth or rate limits): the caller's to fix. */
public class UpstreamRejectedException extends RuntimeException {
    public UpstreamRejectedException(String message) {
        super(message);
    }
}
