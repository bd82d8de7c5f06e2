package dev.switchboard.application.port.out.ipblock;

import dev.switchboard.domain.ipblock.BlockedAttempt;
import java.time.Instant;
import java.util.List;

/** The record of refused requests from blocked IPs, one row per (IP, path, rule, minute) with a count. */
public interface BlockedAttemptRepository {

    /**
     * Adds each tally's {@code count} to the stored row of the same IP, path, rule and minute
     * ({@code createdAt}), creating the row when there is none; all in one go. Called by a background
     * writer, never on the request path.
     */
    void append(List<BlockedAttempt> tallies);

    /** One page, newest first; {@code page} counts from 1. */
    BlockedAttemptPage page(int page, int size);

    /** Deletes everything older than {@code cutoff} in batches of {@code batchSize}; returns how many rows went. */
    int deleteOlderThan(Instant cutoff, int batchSize);
}
