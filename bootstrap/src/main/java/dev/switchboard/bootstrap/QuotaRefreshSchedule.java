package dev.switchboard.bootstrap;

import dev.switchboard.application.service.quota.PeriodUsage;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/**
 * Reads this period's usage from the rollups now and then (5 s by default), so the rows other instances wrote
 * count here too: with several instances a quota can be overshot by the requests in flight on all of them plus
 * what the others wrote within one interval.
 */
@Singleton
class QuotaRefreshSchedule {

    private final PeriodUsage usage;

    QuotaRefreshSchedule(PeriodUsage usage) {
        this.usage = usage;
    }

    @Scheduled(fixedDelay = "${switchboard.quota.refresh-interval:5s}", initialDelay = "5s")
    void refresh() {
        usage.refresh();
    }
}
