package dev.switchboard.adapter.persistence.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.application.fake.MutableClock;
import dev.switchboard.domain.ratelimit.RateDecision;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class CaffeineRateLimiterTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));

    @Test
    void twoHundredConcurrentRequestsWithRoomForTenGetExactlyTen() throws Exception {
        CaffeineRateLimiter limiter = new CaffeineRateLimiter(clock, 10_000);
        for (int round = 0; round < 5; round++) {
            String key = "ip:198.51.100." + round;
            ExecutorService pool = Executors.newFixedThreadPool(32);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<RateDecision>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return limiter.tryAcquire(key, 10);
                }));
            }
            start.countDown();
            int allowed = 0;
            for (Future<RateDecision> f : results) {
                allowed += f.get().allowed() ? 1 : 0;
            }
            pool.shutdown();
            assertEquals(10, allowed, "round " + round);
            assertEquals(10, limiter.inWindow(key));
        }
    }

    @Test
    void keysAreIndependentAndWindowsRollWithTheClock() {
        CaffeineRateLimiter limiter = new CaffeineRateLimiter(clock, 10_000);
        assertTrue(limiter.tryAcquire("user:1", 1).allowed());
        assertTrue(limiter.tryAcquire("user:2", 1).allowed());
        RateDecision refused = limiter.tryAcquire("user:1", 1);
        assertFalse(refused.allowed());
        assertEquals(60, refused.retryAfterSeconds());
        clock.advance(Duration.ofSeconds(45));
        assertEquals(15, limiter.tryAcquire("user:1", 1).retryAfterSeconds());
        clock.advance(Duration.ofSeconds(15));
        assertTrue(limiter.tryAcquire("user:1", 1).allowed());
    }

    @Test
    void releaseGivesBackAPlace() {
        CaffeineRateLimiter limiter = new CaffeineRateLimiter(clock, 10_000);
        limiter.tryAcquire("channel:3", 1);
        limiter.release("channel:3");
        assertEquals(0, limiter.inWindow("channel:3"));
        assertTrue(limiter.tryAcquire("channel:3", 1).allowed());
        limiter.release("never-seen");
        assertEquals(0, limiter.inWindow("never-seen"));
    }

    @Test
    void memoryStaysBoundedWithAMillionDistinctIps() {
        CaffeineRateLimiter limiter = new CaffeineRateLimiter(clock, 50_000);
        for (int i = 0; i < 1_000_000; i++) {
            limiter.tryAcquire("ip:10." + (i >>> 16) + "." + ((i >>> 8) & 0xff) + "." + (i & 0xff), 10);
        }
        assertTrue(limiter.estimatedKeys() <= 50_000 * 1.05, "kept " + limiter.estimatedKeys() + " keys");
    }

    @Test
    void aSignInLimiterUsesItsOwnWindowLength() {
        CaffeineSignInAttemptLimiter limiter = new CaffeineSignInAttemptLimiter(clock, Duration.ofMinutes(15), 1000);
        for (int i = 0; i < 10; i++) {
            assertTrue(limiter.tryAcquire("signin-ip:1.2.3.4", 10).allowed());
        }
        clock.advance(Duration.ofMinutes(5));
        RateDecision refused = limiter.tryAcquire("signin-ip:1.2.3.4", 10);
        assertEquals(Duration.ofMinutes(10), refused.retryAfter());
    }
}
