package dev.switchboard.adapter.web.error;

/**
 * The two bodies SPEC §6 fixes to the byte — spaces included — written verbatim rather than through the
 * JSON serializer, whose compact output would be equivalent JSON but not the same bytes.
 */
public final class SpecBodies {

    public static final String UPSTREAM_ERROR = "{\"error\": {\"type\": \"upstream_error\", \"message\": \""
            + ErrorType.UPSTREAM_ERROR.defaultMessage() + "\"}}";

    private SpecBodies() {
    }

    public static String rateLimited(int retryAfterSeconds) {
        return "{\"error\": {\"type\": \"rate_limit_exceeded\", \"message\": \""
                + ErrorType.RATE_LIMIT_EXCEEDED.defaultMessage() + "\", \"retry_after\": " + retryAfterSeconds + "}}";
    }
}
