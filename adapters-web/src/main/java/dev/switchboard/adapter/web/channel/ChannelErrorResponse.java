package dev.switchboard.adapter.web.channel;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.switchboard.adapter.web.support.ApiTime;
import dev.switchboard.domain.channel.ChannelError;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.time.OffsetDateTime;

/** {@code {"created_at","status","type","message"}}: one recent failure of a channel; status null without one. */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
record ChannelErrorResponse(OffsetDateTime createdAt, @Nullable Integer status, String type, String message) {

    static ChannelErrorResponse fromDomain(ChannelError e, ApiTime time) {
        return new ChannelErrorResponse(time.format(e.createdAt()), e.status() == 0 ? null : e.status(), e.type(),
                e.message());
    }
}
