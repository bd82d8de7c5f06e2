package dev.switchboard.application.service.ipblock;

import dev.switchboard.application.port.in.ipblock.BlockedAttemptsUseCase;
import dev.switchboard.application.port.out.ipblock.BlockedAttemptPage;
import dev.switchboard.application.port.out.ipblock.BlockedAttemptRepository;
import dev.switchboard.domain.ipblock.BlockedAttempt;
import dev.switchboard.domain.shared.Require;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Records refused requests from blocked IPs as per-minute tallies held in memory and written every
 * {@code flushEvery} by one background thread (one upsert per tally), and pages through them.
 */
public class BlockedAttemptService implements BlockedAttemptsUseCase, AutoCloseable {

    public static final int DEFAULT_PAGE_SIZE = 50;
    public static final int MAX_PAGE_SIZE = 500;
    private static final System.Logger LOG = System.getLogger(BlockedAttemptService.class.getName());

    private final BlockedAttemptRepository repository;
    private final Clock clock;
    private final AttemptTally tally;
    private final ScheduledExecutorService writer;

    public BlockedAttemptService(BlockedAttemptRepository repository, Clock clock, int maxTallies, Duration flushEvery) {
        this.repository = repository;
        this.clock = clock;
        this.tally = new AttemptTally(maxTallies);
        this.writer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "blocked-attempts-writer");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(1, flushEvery.toMillis());
        writer.scheduleWithFixedDelay(this::writeQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public void record(String ipAddress, String path, String rule) {
        tally.add(BlockedAttempt.one(ipAddress, path, rule, clock.instant()));
    }

    @Override
    public BlockedAttemptPage list(int page, int size) {
        Require.range("page", page, 1, Integer.MAX_VALUE);
        Require.range("size", size, 1, MAX_PAGE_SIZE);
        return repository.page(page, size);
    }

    /** Writes every tally held now and waits until they are stored (tests, shutdown). */
    public void flush() throws InterruptedException {
        try {
            writer.submit(this::writeQuietly).get();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.RejectedExecutionException e) {
            writeQuietly(); // the writer is gone (closed): write on the caller's thread
        }
    }

    /** Requests not tallied because too many distinct tallies were pending. */
    public long dropped() {
        return tally.dropped();
    }

    private synchronized void writeQuietly() {
        List<BlockedAttempt> tallies = tally.drain();
        if (tallies.isEmpty()) {
            return;
        }
        try {
            repository.append(tallies);
        } catch (RuntimeException e) {
            // Lost rather than retried forever: the request path never notices, the log does.
            LOG.log(System.Logger.Level.WARNING, "could not store " + tallies.size() + " blocked-attempt tallies", e);
        }
    }

    /** Stops the writer and stores the tallies still held (application shutdown). */
    @Override
    public void close() {
        writer.shutdown();
        try {
            writer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        writeQuietly();
    }
}
