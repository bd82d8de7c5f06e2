package dev.switchboard.adapter.upstream.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2026-12-04T00:00:00Z");

    @Test
    void readsSecondsRoundingFractionsUp() {
        assertEquals(2, RetryAfter.seconds("2", NOW));
        assertEquals(2, RetryAfter.seconds(" 1.2 ", NOW));
        assertEquals(0, RetryAfter.seconds("0", NOW));
        assertEquals(0, RetryAfter.seconds("-5", NOW));
    }

    @Test
    void readsAnHttpDateAsTheSecondsUntilThen() {
        assertEquals(30, RetryAfter.seconds("Fri, 04 Dec 2026 00:00:30 GMT", NOW));
        assertEquals(0, RetryAfter.seconds("Thu, 03 Dec 2026 23:59:00 GMT", NOW));
    }

    @Test
    void anAbsentOrUnreadableHeaderMeansNone() {
        assertEquals(0, RetryAfter.seconds(null, NOW));
        assertEquals(0, RetryAfter.seconds("", NOW));
        assertEquals(0, RetryAfter.seconds("soon", NOW));
    }
}
