package dev.switchboard.domain.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RollingWindowTest {

    /** A hand-moved clock: the window only ever sees the instants we give it. */
    private Instant now = Instant.parse("2025-03-01T10:00:00Z");
    private final RollingWindow window = new RollingWindow(RollingWindow.ONE_MINUTE);

    private RateDecision hit(int limit) {
        return window.tryAcquire(now, limit);
    }

    private void advance(long millis) {
        now = now.plusMillis(millis);
    }

    @Test
    void acceptsUpToTheLimitAndRefusesTheNextInsideTheWindow() {
        for (int i = 0; i < 10; i++) {
            assertTrue(hit(10).allowed(), "request " + (i + 1));
            advance(1000);
        }
        RateDecision eleventh = hit(10);
        assertFalse(eleventh.allowed());
        assertEquals(10, window.count(now));
    }

    @Test
    void retryAfterIsTheRealTimeUntilTheOldestCountedRequestLeaves() {
        hit(3);              // t = 0
        advance(15_000);
        hit(3);              // t = 15 s
        advance(5_000);
        hit(3);              // t = 20 s
        advance(4_500);      // t = 24.5 s: the oldest leaves at 60 s
        RateDecision refused = hit(3);
        assertEquals(Duration.ofMillis(35_500), refused.retryAfter());
        assertEquals(36, refused.retryAfterSeconds());
        advance(35_499);
        assertEquals(1, hit(3).retryAfterSeconds(), "1 ms before the oldest leaves");
    }

    @Test
    void aRequestCountsForExactlySixtySeconds() {
        hit(1);
        advance(59_999);
        assertFalse(hit(1).allowed(), "still inside at 59.999 s");
        advance(1);
        assertTrue(hit(1).allowed(), "gone at exactly 60 s");
    }

    @Test
    void twiceTheLimitCannotPassAcrossAMinuteBoundary() {
        now = Instant.parse("2025-03-01T10:00:59.500Z");
        int accepted = 0;
        for (int i = 0; i < 20; i++) {
            accepted += hit(10).allowed() ? 1 : 0;      // burst just before the boundary ...
        }
        now = Instant.parse("2025-03-01T10:01:00.500Z");
        for (int i = 0; i < 20; i++) {
            accepted += hit(10).allowed() ? 1 : 0;      // ... and just after it
        }
        assertEquals(10, accepted);
        RateDecision after = hit(10);
        assertEquals(59, after.retryAfterSeconds(), "room again at 10:01:59.500");
    }

    @Test
    void neverHoldsMoreThanTheLimitInAnySixtySecondSpanUnderSteadyLoad() {
        int limit = 7;
        java.util.List<Instant> accepted = new java.util.ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            if (hit(limit).allowed()) {
                accepted.add(now);
            }
            advance(137);
        }
        for (int i = limit; i < accepted.size(); i++) {
            long gap = Duration.between(accepted.get(i - limit), accepted.get(i)).toMillis();
            assertTrue(gap >= 60_000, "8 requests within " + gap + " ms");
        }
        assertTrue(accepted.size() > 7 * 4, "the window keeps admitting as requests leave");
    }

    @Test
    void aLoweredLimitWaitsUntilEnoughOldRequestsLeave() {
        for (int i = 0; i < 6; i++) {
            hit(60);
            advance(1000);
        } // requests at 0..5 s, now = 6 s
        RateDecision refused = hit(3);
        assertFalse(refused.allowed());
        assertEquals(Duration.ofSeconds(57), refused.retryAfter(), "the 4th oldest (t=3 s) must leave: 63 - 6");
    }

    @Test
    void aReleasedRequestFreesItsPlace() {
        hit(2);
        hit(2);
        assertFalse(hit(2).allowed());
        window.release();
        assertEquals(1, window.count(now));
        assertTrue(hit(2).allowed());
    }

    @Test
    void countForgetsRequestsThatLeftTheWindow() {
        hit(5);
        advance(30_000);
        hit(5);
        assertEquals(2, window.count(now));
        advance(30_000);
        assertEquals(1, window.count(now));
        advance(30_000);
        assertEquals(0, window.count(now));
    }

    @Test
    void worksForLongerWindowsToo() {
        RollingWindow quarter = new RollingWindow(Duration.ofMinutes(15));
        quarter.tryAcquire(now, 1);
        RateDecision refused = quarter.tryAcquire(now.plusSeconds(60), 1);
        assertEquals(Duration.ofMinutes(14), refused.retryAfter());
    }
}
