package dev.switchboard.application.service.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Write-behind: callers {@link #offer} items without waiting; one background thread hands them to the sink in
 * batches. The queue is bounded, so a flood drops items (counted) instead of eating memory or slowing callers.
 * {@link #close} stops taking items and writes what is left.
 */
public final class WriteBehindQueue<T> implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(WriteBehindQueue.class.getName());

    private final BlockingQueue<T> queue;
    private final Consumer<List<T>> sink;
    private final int batchSize;
    private final Thread worker;
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong pending = new AtomicLong();
    private volatile boolean closed;

    public WriteBehindQueue(String name, int capacity, int batchSize, Consumer<List<T>> sink) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.sink = sink;
        this.batchSize = batchSize;
        this.worker = new Thread(this::drainLoop, name);
        this.worker.setDaemon(true);
        this.worker.start();
    }

    /** @return false when the item was dropped (queue full or closed) */
    public boolean offer(T item) {
        return offer(item, 0);
    }

    /**
     * Like {@link #offer(Object)}, but waits up to {@code waitMillis} for room first: for items worth a short
     * pause on the caller's side, never an unbounded one.
     */
    public boolean offer(T item, long waitMillis) {
        pending.incrementAndGet();
        boolean taken = false;
        try {
            taken = !closed && queue.offer(item, waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!taken) {
            pending.decrementAndGet();
            dropped.incrementAndGet();
        }
        return taken;
    }

    public long dropped() {
        return dropped.get();
    }

    /** Items offered but not yet handed to the sink (the queue's depth, for metrics). */
    public long pending() {
        return pending.get();
    }

    /** Waits until everything offered so far has been handed to the sink (tests use it). */
    public void flush() throws InterruptedException {
        while (pending.get() > 0 && worker.isAlive()) {
            Thread.sleep(5);
        }
    }

    private void drainLoop() {
        List<T> batch = new ArrayList<>(batchSize);
        while (!closed || !queue.isEmpty()) {
            try {
                T first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, batchSize - 1);
                write(batch);
            } catch (InterruptedException e) {
                closed = true;
            } finally {
                pending.addAndGet(-batch.size());
                batch.clear();
            }
        }
    }

    private void write(List<T> batch) {
        try {
            sink.accept(List.copyOf(batch));
        } catch (RuntimeException e) {
            // A failed batch is lost rather than retried forever; the request path never notices.
            LOG.log(Level.WARNING, worker.getName() + ": could not write " + batch.size() + " items", e);
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            worker.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
