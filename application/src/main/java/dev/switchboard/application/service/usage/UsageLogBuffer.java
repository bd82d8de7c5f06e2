package dev.switchboard.application.service.usage;

import dev.switchboard.application.port.out.usage.UsageLog;
import dev.switchboard.application.port.out.usage.UsageLogWriter;
import dev.switchboard.domain.usage.UsageLogEntry;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Write-behind for usage rows: the request path only enqueues; one background thread writes batches
 * (a row waits at most {@link #LINGER} for others to share its transaction), so a slow disk never delays a stream. A full queue makes the caller wait briefly, then the row is
 * dropped, counted and logged — never silently. {@link #close()} writes everything still queued.
 */
public class UsageLogBuffer implements UsageLog, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(UsageLogBuffer.class.getName());
    private static final int BATCH = 500;
    private static final Duration OFFER_WAIT = Duration.ofMillis(100);
    private static final Duration RETRY_PAUSE = Duration.ofMillis(500);
    /** How long a lone row waits for company: one transaction per 50 ms at most, not one per request. */
    private static final Duration LINGER = Duration.ofMillis(50);

    private final UsageLogWriter writer;
    private final BlockingQueue<UsageLogEntry> queue;
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong written = new AtomicLong();
    private final Thread drainer;
    private volatile boolean closing;

    public UsageLogBuffer(UsageLogWriter writer, int capacity) {
        this.writer = writer;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.drainer = new Thread(this::drain, "usage-log-writer");
        this.drainer.setDaemon(true);
        this.drainer.start();
    }

    @Override
    public void record(UsageLogEntry entry) {
        try {
            if (!closing && queue.offer(entry, OFFER_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long total = dropped.incrementAndGet();
        LOG.log(Level.WARNING, "usage log queue full or closed: a usage row was dropped ({0} so far)", total);
    }

    public long droppedCount() {
        return dropped.get();
    }

    public long writtenCount() {
        return written.get();
    }

    private void drain() {
        List<UsageLogEntry> batch = new ArrayList<>(BATCH);
        while (!closing || !queue.isEmpty()) {
            try {
                UsageLogEntry first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                if (!closing && queue.size() < BATCH - 1) {
                    Thread.sleep(LINGER.toMillis());
                }
                queue.drainTo(batch, BATCH - 1);
                writeWithRetry(batch);
                batch.clear();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void writeWithRetry(List<UsageLogEntry> batch) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                writer.append(List.copyOf(batch));
                written.addAndGet(batch.size());
                return;
            } catch (RuntimeException e) {
                if (attempt >= 5) {
                    dropped.addAndGet(batch.size());
                    LOG.log(Level.ERROR, "could not write " + batch.size() + " usage rows after 5 tries", e);
                    return;
                }
                Thread.sleep(RETRY_PAUSE.toMillis() * attempt);
            }
        }
    }

    /** Stops taking rows and returns once every queued row is written (or the wait runs out). */
    @Override
    public void close() throws InterruptedException {
        closing = true;
        drainer.join(Duration.ofSeconds(20).toMillis());
    }
}
