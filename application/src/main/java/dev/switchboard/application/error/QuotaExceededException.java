package dev.switchboard.application.error;

import java.time.Instant;

/** A quota of the requester (member, group or guest IP) is used up until {@code resetAt}; answered as 429 quota_exceeded. */
public class QuotaExceededException extends RuntimeException {

    private final Instant resetAt;

    public QuotaExceededException(Instant resetAt) {
        super("quota used up until " + resetAt, null, false, false);
        this.resetAt = resetAt;
    }

    public Instant resetAt() {
        return resetAt;
    }
}
