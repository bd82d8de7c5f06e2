package dev.switchboard.adapter.upstream.transport;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * How long to wait for an upstream: to connect, for its answer to begin (a reasoning model may think for
 * minutes) and between two chunks of a stream.
 */
@ConfigurationProperties("switchboard.upstream")
public record UpstreamTimeouts(
        @Bindable(defaultValue = "10s") Duration connect,
        @Bindable(defaultValue = "300s") Duration firstByte,
        @Bindable(defaultValue = "120s") Duration idle) {
}
