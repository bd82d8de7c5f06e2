package dev.switchboard.adapter.persistence.ratelimit;

import dev.switchboard.application.port.out.ratelimit.RateLimiter;
import dev.switchboard.domain.ratelimit.RateDecision;
import dev.switchboard.domain.ratelimit.RollingWindow;
import java.time.Clock;

/** {@link RateLimiter} held in this JVM's memory; a Redis adapter replaces it when instances must share limits. */
public class CaffeineRateLimiter implements RateLimiter {

    private final RollingWindowStore store;

    public CaffeineRateLimiter(Clock clock, long maxKeys) {
        this.store = new RollingWindowStore(clock, RollingWindow.ONE_MINUTE, maxKeys);
    }

    @Override
    public RateDecision tryAcquire(String key, int limitPerMinute) {
        return store.tryAcquire(key, limitPerMinute);
    }

    @Override
    public void release(String key) {
        store.release(key);
    }

    @Override
    public int inWindow(String key) {
        return store.inWindow(key);
    }

    long estimatedKeys() {
        return store.estimatedKeys();
    }
}
