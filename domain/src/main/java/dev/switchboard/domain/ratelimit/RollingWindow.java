package dev.switchboard.domain.ratelimit;

import java.time.Duration;
import java.time.Instant;

/**
 * The accepted requests of one key as a sliding log: a request is accepted only while fewer than the limit
 * were accepted in the window before it, so no window-long span ever holds more than the limit, even
 * across a minute boundary. A request taken at {@code t} counts until {@code t + length} (exclusive).
 * Not thread-safe: the caller serialises access per key. Memory: one long per counted request.
 */
public final class RollingWindow {

    public static final Duration ONE_MINUTE = Duration.ofMinutes(1);

    private final long lengthMillis;
    private long[] times = new long[2];
    private int head;
    private int size;

    public RollingWindow(Duration length) {
        if (length == null || length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("the window length must be positive");
        }
        this.lengthMillis = length.toMillis();
    }

    /** Counts a request at {@code now} if the window has room under {@code limit}; else says how long to wait. */
    public RateDecision tryAcquire(Instant now, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        long nowMillis = now.toEpochMilli();
        prune(nowMillis);
        if (size < limit) {
            append(nowMillis);
            return RateDecision.allow();
        }
        // Room frees up once the oldest (size - limit + 1) requests have left; the last of them decides.
        long leavesAt = at(size - limit) + lengthMillis;
        return RateDecision.refuse(Duration.ofMillis(Math.max(1, leavesAt - nowMillis)));
    }

    /** Gives back the most recent request, one that was taken but never used. */
    public void release() {
        if (size > 0) {
            size--;
        }
    }

    /** Requests counted in the window that ends at {@code now}. */
    public int count(Instant now) {
        prune(now.toEpochMilli());
        return size;
    }

    private void prune(long nowMillis) {
        long cutoff = nowMillis - lengthMillis;
        while (size > 0 && times[head] <= cutoff) {
            head = (head + 1) % times.length;
            size--;
        }
    }

    private long at(int index) {
        return times[(head + index) % times.length];
    }

    private void append(long millis) {
        if (size == times.length) {
            long[] grown = new long[times.length * 2];
            for (int i = 0; i < size; i++) {
                grown[i] = at(i);
            }
            times = grown;
            head = 0;
        }
        times[(head + size) % times.length] = millis;
        size++;
    }
}
