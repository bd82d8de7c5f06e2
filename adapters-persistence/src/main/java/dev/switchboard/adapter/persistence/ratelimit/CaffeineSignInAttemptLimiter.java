package dev.switchboard.adapter.persistence.ratelimit;

import dev.switchboard.application.port.out.ratelimit.SignInAttemptLimiter;
import dev.switchboard.domain.ratelimit.RateDecision;
import java.time.Clock;
import java.time.Duration;

/** {@link SignInAttemptLimiter} held in this JVM's memory, over a window such as 15 minutes. */
public class CaffeineSignInAttemptLimiter implements SignInAttemptLimiter {

    private final RollingWindowStore store;

    public CaffeineSignInAttemptLimiter(Clock clock, Duration window, long maxKeys) {
        this.store = new RollingWindowStore(clock, window, maxKeys);
    }

    @Override
    public RateDecision tryAcquire(String key, int maxAttempts) {
        return store.tryAcquire(key, maxAttempts);
    }

    @Override
    public void release(String key) {
        store.release(key);
    }

    @Override
    public int counted(String key) {
        return store.inWindow(key);
    }
}
