package dev.switchboard.application.port.in.ipblock;

import dev.switchboard.application.port.out.ipblock.BlockedAttemptPage;

/** Use case: note a refused request from a blocked IP (without waiting for storage) and page through them. */
public interface BlockedAttemptsUseCase {

    /** Queues the attempt for a background write; never blocks, drops (and counts) when the queue is full. */
    void record(String ipAddress, String path, String rule);

    /** Newest first; {@code page} from 1, {@code size} 1–500. */
    BlockedAttemptPage list(int page, int size);
}
