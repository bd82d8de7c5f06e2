package dev.switchboard.application.error;

/** All channels of the model are at their RPM limit; room frees up after {@code retryAfterSeconds}. */
public class NoCapacityException extends RuntimeException {

    private final int retryAfterSeconds;

    public NoCapacityException(int retryAfterSeconds) {
        super("no channel has room");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
