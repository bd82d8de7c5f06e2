package dev.switchboard.adapter.web.error;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The bodies SPEC §6 and §14 fix to the byte — spaces included — written verbatim rather than through the
 * JSON serializer, whose compact output would be equivalent JSON but not the same bytes.
 */
public final class SpecBodies {

    public static final String UPSTREAM_ERROR = "{\"error\": {\"type\": \"upstream_error\", \"message\": \""
            + ErrorType.UPSTREAM_ERROR.defaultMessage() + "\"}}";

    private SpecBodies() {
    }

    /** SPEC §14: a quota is used up until {@code resetAt} (ISO-8601 with the server zone's offset). */
    public static String quotaExceeded(OffsetDateTime resetAt) {
        return "{\"error\":{\"type\":\"quota_exceeded\",\"message\":\"" + ErrorType.QUOTA_EXCEEDED.defaultMessage()
                + "\",\"reset_at\":\"" + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(resetAt) + "\"}}";
    }

    public static String rateLimited(int retryAfterSeconds) {
        return "{\"error\": {\"type\": \"rate_limit_exceeded\", \"message\": \""
                + ErrorType.RATE_LIMIT_EXCEEDED.defaultMessage() + "\", \"retry_after\": " + retryAfterSeconds + "}}";
    }
}
