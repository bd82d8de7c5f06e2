package dev.switchboard.adapter.web.error;

import io.micronaut.serde.annotation.Serdeable;

/** Every error body: {@code {"error": {"type", "message", ...}}}. */
@Serdeable
public record ErrorEnvelope(ApiError error) {

    public static ErrorEnvelope of(String type, String message) {
        return new ErrorEnvelope(new ApiError(type, message));
    }
}
