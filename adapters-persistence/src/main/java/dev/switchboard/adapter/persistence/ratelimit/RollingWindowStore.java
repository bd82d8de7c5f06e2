package dev.switchboard.adapter.persistence.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.switchboard.domain.ratelimit.RateDecision;
import dev.switchboard.domain.ratelimit.RollingWindow;
import java.time.Clock;
import java.time.Duration;

/**
 * One {@link RollingWindow} per key in a Caffeine map. Every operation runs inside {@code compute}, which
 * locks that one key, so N concurrent callers with room for k get exactly k allowances. A key untouched for
 * one window length holds no counted request any more and expires; {@code maxKeys} bounds memory (about
 * 300 bytes per key at small limits) and, when exceeded, evicts the least used keys first (W-TinyLFU).
 */
final class RollingWindowStore {

    private final Cache<String, RollingWindow> windows;
    private final Clock clock;
    private final Duration length;

    RollingWindowStore(Clock clock, Duration length, long maxKeys) {
        this.clock = clock;
        this.length = length;
        // Safe: all timestamps of a window are <= its last write, so they have all left when it expires.
        this.windows = Caffeine.newBuilder().expireAfterWrite(length).maximumSize(maxKeys).build();
    }

    RateDecision tryAcquire(String key, int limit) {
        RateDecision[] decision = new RateDecision[1];
        windows.asMap().compute(key, (k, window) -> {
            RollingWindow w = window != null ? window : new RollingWindow(length);
            decision[0] = w.tryAcquire(clock.instant(), limit);
            return w;
        });
        return decision[0];
    }

    void release(String key) {
        windows.asMap().computeIfPresent(key, (k, window) -> {
            window.release();
            return window;
        });
    }

    int inWindow(String key) {
        int[] count = new int[1];
        windows.asMap().computeIfPresent(key, (k, window) -> {
            count[0] = window.count(clock.instant());
            return window;
        });
        return count[0];
    }

    long estimatedKeys() {
        windows.cleanUp();
        return windows.estimatedSize();
    }
}
