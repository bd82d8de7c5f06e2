package dev.switchboard.application.error;

/** Every channel tried failed (unreachable, timeout, 5xx, bad response); never carries upstream details. */
public class UpstreamUnavailableException extends RuntimeException {
    public UpstreamUnavailableException() {
        super("upstream unavailable");
    }
}
