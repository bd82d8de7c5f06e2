package dev.switchboard.application.fake;

import dev.switchboard.application.port.out.ratelimit.RateLimiter;
import dev.switchboard.application.port.out.ratelimit.SignInAttemptLimiter;
import dev.switchboard.domain.ratelimit.RateDecision;
import dev.switchboard.domain.ratelimit.RollingWindow;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** Fake of both limiter ports on the domain's rolling window and a test clock; one lock for everything. */
public class InMemoryRateLimiter implements RateLimiter, SignInAttemptLimiter {

    private final Map<String, RollingWindow> windows = new HashMap<>();
    private final Clock clock;
    private final Duration length;

    public InMemoryRateLimiter(Clock clock) {
        this(clock, RollingWindow.ONE_MINUTE);
    }

    public InMemoryRateLimiter(Clock clock, Duration length) {
        this.clock = clock;
        this.length = length;
    }

    @Override
    public synchronized RateDecision tryAcquire(String key, int limitPerMinute) {
        return windows.computeIfAbsent(key, k -> new RollingWindow(length)).tryAcquire(clock.instant(), limitPerMinute);
    }

    @Override
    public synchronized void release(String key) {
        RollingWindow window = windows.get(key);
        if (window != null) {
            window.release();
        }
    }

    @Override
    public synchronized int inWindow(String key) {
        RollingWindow window = windows.get(key);
        return window == null ? 0 : window.count(clock.instant());
    }

    @Override
    public int counted(String key) {
        return inWindow(key);
    }
}
