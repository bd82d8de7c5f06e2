package dev.switchboard.bootstrap.metrics;

import dev.switchboard.application.port.out.chat.UpstreamCall;
import dev.switchboard.application.port.out.chat.UpstreamChat;
import dev.switchboard.application.port.out.chat.UpstreamFailure;
import dev.switchboard.application.port.out.chat.UpstreamReply;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

/**
 * Times each upstream call to its first byte (the answer's status and headers) and counts failures by upstream
 * host and kind. One clock read and one histogram update per call — nothing per chunk; the timer is resolved
 * once. Hosts only: never a path, query or key.
 */
public final class MeteredUpstreamChat implements UpstreamChat {

    private final UpstreamChat delegate;
    private final MeterRegistry registry;
    private final Timer firstByte;

    public MeteredUpstreamChat(UpstreamChat delegate, MeterRegistry registry) {
        this.delegate = delegate;
        this.registry = registry;
        this.firstByte = Timer.builder("switchboard.relay.first.byte")
                .description("Time from sending a chat to an upstream until its answer begins")
                .serviceLevelObjectives(Buckets.LATENCY)
                .register(registry);
    }

    @Override
    public CompletableFuture<UpstreamReply> send(UpstreamCall call) {
        long started = System.nanoTime();
        CompletableFuture<UpstreamReply> reply = delegate.send(call);
        reply.whenComplete((ok, error) -> {
            if (error == null) {
                firstByte.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            } else {
                failure(call, error);
            }
        });
        return reply;
    }

    private void failure(UpstreamCall call, Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof CancellationException) {
            return; // the client left: not the upstream's failure
        }
        Counter.builder("switchboard.upstream.failures")
                .description("Upstream calls that failed before their answer began")
                .tag("upstream", host(call))
                .tag("kind", kind(cause))
                .register(registry)
                .increment();
    }

    static String kind(Throwable cause) {
        if (!(cause instanceof UpstreamFailure failure)) {
            return "error";
        }
        int status = failure.status();
        if (status == 0) {
            return "network";
        }
        if (status == 429) {
            return "rate_limited";
        }
        if (status == 401 || status == 403) {
            return "auth";
        }
        return status >= 500 ? "server_error" : "rejected";
    }

    private static String host(UpstreamCall call) {
        java.net.URI url = java.net.URI.create(call.baseUrl().value());
        String host = url.getHost();
        int port = url.getPort();
        return host == null ? "unknown" : port < 0 ? host : host + ":" + port;
    }
}
