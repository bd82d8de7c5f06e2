package dev.switchboard.adapter.web.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/** The inside of the error envelope (SPEC §6): a machine-readable type and a human-readable message. */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String type, String message, @Nullable Integer retryAfter) {

    public ApiError(String type, String message) {
        this(type, message, null);
    }
}
