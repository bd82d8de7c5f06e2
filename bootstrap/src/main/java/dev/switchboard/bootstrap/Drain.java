package dev.switchboard.bootstrap;

import dev.switchboard.application.port.out.health.ReadinessCheck;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first step of a shutdown (SIGTERM included): readiness turns DOWN and {@link DrainFilter} refuses new
 * requests, while Micronaut's graceful shutdown lets running streams finish for up to {@code SHUTDOWN_GRACE};
 * queued usage rows are written when the beans close after that.
 */
@Singleton
class Drain implements ApplicationEventListener<ShutdownEvent>, ReadinessCheck, Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(Drain.class);

    private volatile boolean draining;

    @Override
    public void onApplicationEvent(ShutdownEvent event) {
        begin();
    }

    void begin() {
        if (!draining) {
            draining = true;
            LOG.info("Draining: readiness is DOWN and new requests are refused; running streams may finish");
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

    /** Before Micronaut's graceful-shutdown listener starts waiting. */
    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }
}
