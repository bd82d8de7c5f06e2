package dev.switchboard.bootstrap;

import dev.switchboard.adapter.web.chat.StreamCutoff;
import dev.switchboard.application.port.out.health.ReadinessCheck;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.core.order.Ordered;
import io.micronaut.runtime.graceful.GracefulShutdownManager;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A shutdown (SIGTERM included) drains first: readiness turns DOWN and {@link DrainFilter} refuses new requests,
 * the server stops accepting connections, running streams get up to {@code SHUTDOWN_GRACE} — those still running
 * a second before it ends get the error event — and only then do the beans close (queued usage rows are written).
 * Micronaut's own graceful-shutdown listener is left off: it would race this one for the first turn.
 */
@Singleton
class Drain implements ApplicationEventListener<ShutdownEvent>, ReadinessCheck, Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(Drain.class);
    private static final Duration MARGIN = Duration.ofSeconds(1);

    private final GracefulShutdownManager servers;
    private final StreamCutoff streams;
    private final Duration grace;
    private volatile boolean draining;

    Drain(GracefulShutdownManager servers, StreamCutoff streams, @Value("${switchboard.shutdown-grace:30s}") Duration grace) {
        this.servers = servers;
        this.streams = streams;
        this.grace = grace;
    }

    @Override
    public void onApplicationEvent(ShutdownEvent event) {
        if (draining) {
            return;
        }
        draining = true;
        LOG.info("Draining: readiness is DOWN, new requests are refused, running streams get up to {}", grace);
        streams.endStreamsAfter(grace.compareTo(MARGIN.multipliedBy(2)) > 0 ? grace.minus(MARGIN) : grace.dividedBy(2));
        try {
            servers.shutdownGracefully().toCompletableFuture().get(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.warn("Shutdown grace of {} is over; closing what is still open", grace);
        } catch (ExecutionException e) {
            LOG.warn("Graceful shutdown failed; closing now", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    boolean draining() {
        return draining;
    }

    @Override
    public String name() {
        return "accepting-requests";
    }

    @Override
    public boolean ready() {
        return !draining;
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }
}
