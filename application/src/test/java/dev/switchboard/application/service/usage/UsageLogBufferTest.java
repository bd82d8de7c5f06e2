package dev.switchboard.application.service.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.switchboard.domain.usage.UsageLogEntry;
import dev.switchboard.domain.usage.UsageStatus;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class UsageLogBufferTest {

    private static UsageLogEntry row(int i) {
        return new UsageLogEntry(null, Instant.EPOCH.plusSeconds(i), "10.0.0." + (i % 250), null, null, "m", null, null,
                i, i, UsageStatus.OK, 1);
    }

    @Test
    void closingWritesEveryQueuedRow() {
        List<UsageLogEntry> written = new CopyOnWriteArrayList<>();
        UsageLogBuffer buffer = new UsageLogBuffer(written::addAll, 10_000);
        for (int i = 0; i < 2_000; i++) {
            buffer.record(row(i));
        }
        buffer.close();
        assertEquals(2_000, written.size());
        assertEquals(0, buffer.droppedCount());
    }

    @Test
    void aFailingBatchIsRetriedInsteadOfLost() {
        AtomicInteger failures = new AtomicInteger(2);
        List<UsageLogEntry> written = new CopyOnWriteArrayList<>();
        UsageLogBuffer buffer = new UsageLogBuffer(batch -> {
            if (failures.getAndDecrement() > 0) {
                throw new IllegalStateException("database is locked");
            }
            written.addAll(batch);
        }, 100);
        buffer.record(row(1));
        buffer.close();
        assertEquals(1, written.size());
    }

    @Test
    void aFullQueueMakesTheCallerWaitBrieflyThenCountsTheDrop() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        UsageLogBuffer buffer = new UsageLogBuffer(batch -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, 1);
        buffer.record(row(1));
        Thread.sleep(300);
        buffer.record(row(2));
        long started = System.nanoTime();
        buffer.record(row(3));
        long waitedMillis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(1, buffer.droppedCount());
        assertEquals(true, waitedMillis >= 90 && waitedMillis < 2_000, "waited " + waitedMillis + " ms");
        release.countDown();
        buffer.close();
    }
}
