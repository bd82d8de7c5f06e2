package dev.switchboard.bootstrap;

import dev.switchboard.application.port.in.retention.RunRetentionUseCase;
import dev.switchboard.domain.retention.RetentionRun;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs log retention shortly after start-up and then once a day; a failed run is logged and retried next time. */
@Singleton
class RetentionSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionSchedule.class);

    private final RunRetentionUseCase retention;

    RetentionSchedule(RunRetentionUseCase retention) {
        this.retention = retention;
    }

    @Scheduled(initialDelay = "${switchboard.retention.initial-delay:10s}",
            fixedDelay = "${switchboard.retention.interval:24h}")
    void run() {
        try {
            RetentionRun run = retention.runNow();
            LOG.info("Retention ({} days, before {}): removed {} usage rows and {} blocked attempts",
                    run.retentionDays(), run.cutoff(), run.usageRowsRemoved(), run.attemptRowsRemoved());
        } catch (RuntimeException e) {
            LOG.error("Retention run failed; it runs again at the next interval", e);
        }
    }
}
