package dev.switchboard.application.service.retention;

import dev.switchboard.application.port.in.retention.RunRetentionUseCase;
import dev.switchboard.application.port.in.settings.ManageSettingsUseCase;
import dev.switchboard.application.port.out.ipblock.BlockedAttemptRepository;
import dev.switchboard.application.port.out.retention.RetentionRunLog;
import dev.switchboard.application.port.out.stats.UsageStatisticsRepository;
import dev.switchboard.application.port.out.usage.UsageLogRepository;
import dev.switchboard.domain.retention.RetentionRun;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.IntSupplier;

/**
 * Deletes rows past the retention setting in small batches with a pause between them, so chat writes
 * waiting for the database lock never wait long. Reads the setting on every run: a change applies next time.
 */
public class RetentionService implements RunRetentionUseCase {

    private final UsageLogRepository logs;
    private final BlockedAttemptRepository attempts;
    private final UsageStatisticsRepository stats;
    private final RetentionRunLog runs;
    private final ManageSettingsUseCase settings;
    private final Clock clock;
    private final int batchSize;
    private final Duration pause;

    public RetentionService(UsageLogRepository logs, BlockedAttemptRepository attempts, UsageStatisticsRepository stats,
                            RetentionRunLog runs, ManageSettingsUseCase settings, Clock clock, int batchSize,
                            Duration pause) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive");
        }
        this.logs = logs;
        this.attempts = attempts;
        this.stats = stats;
        this.runs = runs;
        this.settings = settings;
        this.clock = clock;
        this.batchSize = batchSize;
        this.pause = pause;
    }

    @Override
    public RetentionRun runNow() {
        Instant started = clock.instant();
        int days = settings.current().logRetentionDays();
        Instant cutoff = RetentionRun.cutoff(started, days);
        long usage = inBatches(() -> logs.deleteOlderThan(cutoff, batchSize));
        long blocked = attempts.deleteOlderThan(cutoff, batchSize);
        // The day holding the cut-off keeps its aggregates: part of it is still within retention.
        stats.forgetDaysBefore(LocalDate.ofInstant(cutoff, clock.getZone()));
        runs.deleteOlderThan(cutoff);
        RetentionRun run = new RetentionRun(started, clock.instant(), days, cutoff, usage, blocked);
        runs.record(run);
        return run;
    }

    @Override
    public Optional<RetentionRun> lastRun() {
        return runs.latest();
    }

    private long inBatches(IntSupplier deleteBatch) {
        long total = 0;
        int deleted;
        do {
            deleted = deleteBatch.getAsInt();
            total += deleted;
            if (deleted == batchSize) {
                rest();
            }
        } while (deleted == batchSize);
        return total;
    }

    private void rest() {
        if (pause.isZero()) {
            return;
        }
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("retention interrupted", e);
        }
    }
}
