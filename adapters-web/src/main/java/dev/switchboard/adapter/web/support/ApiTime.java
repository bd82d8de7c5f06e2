package dev.switchboard.adapter.web.support;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/** Shows instants as ISO-8601 with the offset of the app's time zone (SPEC §7), to the millisecond like stored rows. */
@Singleton
public class ApiTime {

    private final Clock clock;

    public ApiTime(Clock clock) {
        this.clock = clock;
    }

    public OffsetDateTime format(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MILLIS), clock.getZone());
    }
}
