package dev.switchboard.application.port.out.retention;

import java.time.Instant;

/** Deletes recorded blocked attempts past retention, a small batch at a time. */
public interface BlockedAttemptPurge {

    /** Deletes at most {@code batchSize} attempts recorded before {@code cutoff}; returns how many. */
    int deleteOlderThan(Instant cutoff, int batchSize);
}
