package dev.switchboard.application.service.usage;

import dev.switchboard.application.port.out.usage.UsageLog;
import dev.switchboard.application.port.out.usage.UsageLogWriter;
import dev.switchboard.application.service.support.WriteBehindQueue;
import dev.switchboard.domain.usage.UsageLogEntry;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Usage rows written behind the request path, so a slow disk never delays a stream. Rows matter more than
 * blocked attempts: a full queue makes the caller wait briefly before a row is dropped, a failed batch is
 * retried a few times, and every lost row is counted and logged — never silently.
 * {@link #close()} writes everything still queued (graceful shutdown, SIGTERM included).
 */
public class UsageLogBuffer implements UsageLog, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(UsageLogBuffer.class.getName());
    private static final int BATCH = 500;
    private static final long OFFER_WAIT_MILLIS = 100;
    private static final int TRIES = 5;
    private static final long RETRY_PAUSE_MILLIS = 500;

    private final UsageLogWriter writer;
    private final WriteBehindQueue<UsageLogEntry> queue;
    private final AtomicLong lost = new AtomicLong();

    public UsageLogBuffer(UsageLogWriter writer, int capacity) {
        this.writer = writer;
        this.queue = new WriteBehindQueue<>("usage-log-writer", capacity, BATCH, this::writeWithRetry);
    }

    @Override
    public void record(UsageLogEntry entry) {
        if (!queue.offer(entry, OFFER_WAIT_MILLIS)) {
            LOG.log(Level.WARNING, "usage log queue full or closed: a usage row was dropped ({0} so far)",
                    lost.incrementAndGet());
        }
    }

    /** Rows lost so far: dropped at a full queue or not writable after {@value #TRIES} tries. */
    public long droppedCount() {
        return lost.get();
    }

    /** Rows waiting to be written (metrics: the usage queue's depth). */
    public long queued() {
        return queue.pending();
    }

    private void writeWithRetry(List<UsageLogEntry> batch) {
        for (int attempt = 1; attempt <= TRIES; attempt++) {
            try {
                writer.append(batch);
                return;
            } catch (RuntimeException e) {
                if (attempt == TRIES) {
                    LOG.log(Level.ERROR, "could not write " + batch.size() + " usage rows after " + TRIES + " tries", e);
                    lost.addAndGet(batch.size());
                    return;
                }
                pause(RETRY_PAUSE_MILLIS * attempt);
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        queue.close();
    }
}
