package dev.switchboard.domain.usage;

import dev.switchboard.domain.shared.InvalidInputException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/**
 * Reads the {@code start} / {@code end} of a log query. A date means the whole day in the app's zone
 * ({@code end=2024-05-03} includes all of May 3rd); a date-time with an offset is that instant; one
 * without an offset is read in the app's zone. Both ends are inclusive: an end date-time is returned as
 * the (exclusive) instant one millisecond after it, the precision rows are stored with, so
 * {@code end=...T23:59:59.999Z} (what the admin console sends for a whole day) still covers that last millisecond.
 */
public final class TimeBound {

    private TimeBound() {
    }

    public static Instant start(String text, ZoneId zone) {
        return parse("start", text, zone, false);
    }

    public static Instant end(String text, ZoneId zone) {
        return parse("end", text, zone, true);
    }

    private static Instant parse(String field, String text, ZoneId zone, boolean end) {
        String value = lenient(text.strip());
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (end ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
            }
            TemporalAccessor t = DateTimeFormatter.ISO_DATE_TIME.parseBest(value, ZonedDateTime::from,
                    LocalDateTime::from);
            Instant instant = t instanceof ZonedDateTime z ? z.toInstant() : ((LocalDateTime) t).atZone(zone).toInstant();
            return end ? instant.plusMillis(1) : instant;
        } catch (DateTimeException e) {
            throw new InvalidInputException(field,
                    field + " must be an ISO-8601 date (2024-05-01) or date-time (2024-05-01T08:00:00+08:00)");
        }
    }

    /** A '+' of an offset arrives as a space when the client forgot to URL-encode it. */
    private static String lenient(String value) {
        return value.indexOf('T') > 0 ? value.replace(' ', '+') : value;
    }
}
