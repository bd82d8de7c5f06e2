package dev.switchboard.adapter.web.chat;

import jakarta.inject.Singleton;
import java.time.Duration;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Ends the streams still running when a shutdown's grace period is nearly over: each ends with SPEC §6's error
 * event (and its usage row is written) instead of being cut off with the connection when the server is forced down.
 */
@Singleton
public class StreamCutoff {

    private final Sinks.Empty<Void> cutoff = Sinks.empty();

    /** Fails when running streams must end: the relay then ends them as it ends an upstream failure. */
    public Mono<Void> signal() {
        return cutoff.asMono();
    }

    /** Ends every running (and later) stream after {@code delay}. */
    public void endStreamsAfter(Duration delay) {
        Mono.delay(delay).subscribe(tick -> cutoff.tryEmitError(new IllegalStateException("shutting down")));
    }
}
