package dev.switchboard.adapter.web.channel;

import dev.switchboard.application.port.in.channel.ChannelTestResult;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/** {@code {"ok","latency_ms","error"}} of a channel test. */
@Serdeable(naming = SnakeCaseStrategy.class)
record ChannelTestResponse(boolean ok, long latencyMs, @Nullable String error) {

    static ChannelTestResponse fromDomain(ChannelTestResult r) {
        return new ChannelTestResponse(r.ok(), r.latencyMs(), r.error());
    }
}
