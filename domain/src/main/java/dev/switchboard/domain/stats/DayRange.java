package dev.switchboard.domain.stats;

import dev.switchboard.domain.shared.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** Whole calendar days from {@code first} to {@code last}, both included, in the app's time zone. */
public record DayRange(LocalDate first, LocalDate last) {

    public static final long MAX_DAYS = 3660;

    public DayRange {
        if (first == null || last == null) {
            throw new InvalidInputException("start", "a day range needs a first and a last day");
        }
        if (last.isBefore(first)) {
            throw new InvalidInputException("end", "end must not be before start");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw new InvalidInputException("end", "a range may span at most " + MAX_DAYS + " days");
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }

    public Instant startInstant(ZoneId zone) {
        return first.atStartOfDay(zone).toInstant();
    }

    /** Exclusive: the start of the day after {@code last}. */
    public Instant endInstant(ZoneId zone) {
        return last.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
