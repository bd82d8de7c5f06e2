package dev.switchboard.bootstrap;

import dev.switchboard.application.port.in.retention.RunRetentionUseCase;
import dev.switchboard.application.port.in.settings.ManageSettingsUseCase;
import dev.switchboard.application.port.in.stats.ViewStatisticsQuery;
import dev.switchboard.application.port.in.usage.SearchUsageLogsQuery;
import dev.switchboard.application.port.out.ipblock.BlockedAttemptRepository;
import dev.switchboard.application.port.out.retention.RetentionRunLog;
import dev.switchboard.application.port.out.stats.UsageStatisticsRepository;
import dev.switchboard.application.port.out.usage.UsageLogRepository;
import dev.switchboard.application.service.retention.RetentionService;
import dev.switchboard.application.service.stats.StatisticsService;
import dev.switchboard.application.service.usage.UsageLogService;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/** Wires the usage-log use cases: search and export, statistics, retention. */
@Factory
class UsageFactory {

    @Singleton
    SearchUsageLogsQuery searchUsageLogs(UsageLogRepository logs) {
        return new UsageLogService(logs);
    }

    @Singleton
    ViewStatisticsQuery viewStatistics(UsageStatisticsRepository statistics, Clock clock) {
        return new StatisticsService(statistics, clock);
    }

    @Singleton
    RunRetentionUseCase runRetention(UsageLogRepository logs, BlockedAttemptRepository attempts,
                                     UsageStatisticsRepository statistics, RetentionRunLog runs,
                                     ManageSettingsUseCase settings, Clock clock,
                                     @Value("${switchboard.retention.batch-size:1000}") int batchSize,
                                     @Value("${switchboard.retention.pause:20ms}") Duration pause) {
        return new RetentionService(logs, attempts, statistics, runs, settings, clock, batchSize, pause);
    }
}
