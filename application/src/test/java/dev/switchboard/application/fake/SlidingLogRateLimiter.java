package dev.switchboard.application.fake;

import dev.switchboard.application.port.out.ratelimit.RateLimiter;
import dev.switchboard.domain.ratelimit.RateDecision;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/** Simple, exact, synchronized sliding-log fake of {@link RateLimiter} for service and web tests. */
public class SlidingLogRateLimiter implements RateLimiter {

    private static final Duration WINDOW = Duration.ofSeconds(60);

    private final Clock clock;
    private final Map<String, Deque<Instant>> logs = new HashMap<>();

    public SlidingLogRateLimiter(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized RateDecision tryAcquire(String key, int limitPerMinute) {
        Instant now = clock.instant();
        Deque<Instant> log = prune(key, now);
        if (log.size() >= limitPerMinute) {
            return RateDecision.refuse(Duration.between(now, log.peekFirst().plus(WINDOW)));
        }
        log.addLast(now);
        return RateDecision.allow();
    }

    @Override
    public synchronized void release(String key) {
        Deque<Instant> log = logs.get(key);
        if (log != null && !log.isEmpty()) {
            log.removeLast();
        }
    }

    @Override
    public synchronized int inWindow(String key) {
        return prune(key, clock.instant()).size();
    }

    private Deque<Instant> prune(String key, Instant now) {
        Deque<Instant> log = logs.computeIfAbsent(key, k -> new ArrayDeque<>());
        while (!log.isEmpty() && !log.peekFirst().plus(WINDOW).isAfter(now)) {
            log.removeFirst();
        }
        return log;
    }
}
