package dev.switchboard.application.port.out.ipblock;

import dev.switchboard.domain.ipblock.BlockedAttempt;
import java.time.Instant;
import java.util.List;

/** The record of refused requests from blocked IPs. */
public interface BlockedAttemptRepository {

    /** Stores a batch in one go; called by the write-behind queue, never on the request path. */
    void append(List<BlockedAttempt> attempts);

    /** One page, newest first; {@code page} counts from 1. */
    BlockedAttemptPage page(int page, int size);

    /** Deletes everything older than {@code cutoff} in batches of {@code batchSize}; returns how many rows went. */
    int deleteOlderThan(Instant cutoff, int batchSize);
}
