package dev.switchboard.adapter.web.ipblock;

import dev.switchboard.adapter.web.support.JsonFields;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/** Body of "block this address or range": {@code {"ip_address", "reason"}}. */
@Serdeable(naming = SnakeCaseStrategy.class)
record BlockedIpRequest(@Nullable String ipAddress, @Nullable String reason) {

    /** Reads the body strictly (see {@link JsonFields}). */
    static BlockedIpRequest read(JsonFields f) {
        return new BlockedIpRequest(f.text("ip_address"), f.text("reason"));
    }
}
