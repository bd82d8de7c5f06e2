package dev.switchboard.bootstrap;

import io.micronaut.context.ApplicationContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * On SIGTERM (docker stop, systemd) the context is closed — beans flush what they queued — and the
 * JVM exits with 0, which orchestrators read as a clean stop (a bare JVM would report 143).
 */
final class GracefulShutdown {

    private static final Logger LOG = LoggerFactory.getLogger(GracefulShutdown.class);

    private GracefulShutdown() {
    }

    static void onSigterm(ApplicationContext context) {
        Signal.handle(new Signal("TERM"), signal -> {
            LOG.info("SIGTERM received, shutting down");
            try {
                if (context.isRunning()) {
                    context.close();
                }
            } finally {
                System.exit(0);
            }
        });
    }
}
