package dev.switchboard.adapter.upstream.transport;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reads an upstream's {@code Retry-After} header (delay in seconds or an HTTP date) as whole seconds; 0 if absent or unreadable. */
final class RetryAfter {

    private RetryAfter() {
    }

    static int seconds(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return 0;
        }
        String value = header.strip();
        try {
            // fractions happen in the wild ("1.5"); rounded up so the wait is never shorter than asked
            double delay = Double.parseDouble(value);
            return delay <= 0 ? 0 : (int) Math.min(Integer.MAX_VALUE, Math.ceil(delay));
        } catch (NumberFormatException notANumber) {
            try {
                Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                long ms = Duration.between(now, at).toMillis();
                return ms <= 0 ? 0 : (int) Math.min(Integer.MAX_VALUE, (ms + 999) / 1000);
            } catch (DateTimeParseException notADate) {
                return 0;
            }
        }
    }
}
