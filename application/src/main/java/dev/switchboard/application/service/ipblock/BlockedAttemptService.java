package dev.switchboard.application.service.ipblock;

import dev.switchboard.application.port.in.ipblock.BlockedAttemptsUseCase;
import dev.switchboard.application.port.out.ipblock.BlockedAttemptPage;
import dev.switchboard.application.port.out.ipblock.BlockedAttemptRepository;
import dev.switchboard.application.service.support.WriteBehindQueue;
import dev.switchboard.domain.ipblock.BlockedAttempt;
import dev.switchboard.domain.shared.Require;
import java.time.Clock;

/** Records refused requests from blocked IPs through a write-behind queue and pages through them. */
public class BlockedAttemptService implements BlockedAttemptsUseCase, AutoCloseable {

    public static final int DEFAULT_PAGE_SIZE = 50;
    public static final int MAX_PAGE_SIZE = 500;

    private final BlockedAttemptRepository repository;
    private final Clock clock;
    private final WriteBehindQueue<BlockedAttempt> queue;

    public BlockedAttemptService(BlockedAttemptRepository repository, Clock clock, int queueCapacity, int batchSize) {
        this.repository = repository;
        this.clock = clock;
        this.queue = new WriteBehindQueue<>("blocked-attempts-writer", queueCapacity, batchSize, repository::append);
    }

    @Override
    public void record(String ipAddress, String path, String rule) {
        queue.offer(new BlockedAttempt(null, ipAddress, path, rule, clock.instant()));
    }

    @Override
    public BlockedAttemptPage list(int page, int size) {
        Require.range("page", page, 1, Integer.MAX_VALUE);
        Require.range("size", size, 1, MAX_PAGE_SIZE);
        return repository.page(page, size);
    }

    /** Waits until every recorded attempt is stored. */
    public void flush() throws InterruptedException {
        queue.flush();
    }

    public long dropped() {
        return queue.dropped();
    }

    /** Stops taking attempts and stores the ones still queued (application shutdown). */
    @Override
    public void close() {
        queue.close();
    }
}
