package dev.switchboard.adapter.persistence;

import dev.switchboard.application.contract.ApiKeyRepositoryContract;
import dev.switchboard.application.contract.BlockedAttemptRepositoryContract;
import dev.switchboard.application.contract.BlockedIpRepositoryContract;
import dev.switchboard.application.contract.ChannelHealthRepositoryContract;
import dev.switchboard.application.contract.ChannelRepositoryContract;
import dev.switchboard.application.contract.CostRollupsContract;
import dev.switchboard.application.contract.GroupRepositoryContract;
import dev.switchboard.application.port.out.group.GroupRepository;
import dev.switchboard.application.port.out.quota.PeriodUsageRepository;
import dev.switchboard.application.contract.RetentionStoresContract;
import dev.switchboard.application.contract.RevokedTokenStoreContract;
import dev.switchboard.application.contract.SettingsRepositoryContract;
import dev.switchboard.application.contract.UsageLogRepositoryContract;
import dev.switchboard.application.contract.UserRepositoryContract;
import dev.switchboard.application.port.out.channel.ChannelHealthRepository;
import dev.switchboard.application.port.out.channel.ChannelRepository;
import dev.switchboard.application.port.out.key.ApiKeyRepository;
import dev.switchboard.application.port.out.ipblock.BlockedAttemptRepository;
import dev.switchboard.application.port.out.ipblock.BlockedIpRepository;
import dev.switchboard.application.port.out.settings.SettingsRepository;
import dev.switchboard.application.port.out.retention.RetentionRunLog;
import dev.switchboard.application.port.out.stats.UsageStatisticsRepository;
import dev.switchboard.application.port.out.usage.UsageLogRepository;
import dev.switchboard.application.port.out.usage.UsageLogWriter;
import dev.switchboard.application.port.out.user.RevokedTokenStore;
import dev.switchboard.application.port.out.user.UserRepository;
import java.time.ZoneId;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Nested;

/**
 * Every repository contract of the application's test-jar, run against the database of the concrete
 * {@code @MicronautTest} subclass (SQLite or PostgreSQL), migrated by Flyway from empty.
 */
abstract class RepositoryContracts {

    @Inject
    UserRepository users;
    @Inject
    ChannelRepository channels;
    @Inject
    ApiKeyRepository apiKeys;
    @Inject
    RevokedTokenStore revokedTokens;
    @Inject
    SettingsRepository settings;
    @Inject
    UsageLogWriter usageWriter;
    @Inject
    UsageLogRepository usageLogs;
    @Inject
    UsageStatisticsRepository usageStatistics;
    @Inject
    RetentionRunLog retentionRuns;
    @Inject
    BlockedIpRepository blockedIps;
    @Inject
    BlockedAttemptRepository blockedAttempts;
    @Inject
    ChannelHealthRepository channelHealth;
    @Inject
    GroupRepository groups;
    @Inject
    PeriodUsageRepository periodUsage;

    @Nested
    class Groups extends GroupRepositoryContract {
        @Override
        protected GroupRepository repository() {
            return groups;
        }
    }

    @Nested
    class CostRollups extends CostRollupsContract {
        @Override
        protected UsageLogWriter writer() {
            return usageWriter;
        }

        @Override
        protected UsageLogRepository repository() {
            return usageLogs;
        }

        @Override
        protected UsageStatisticsRepository statistics() {
            return usageStatistics;
        }

        @Override
        protected PeriodUsageRepository periodUsage() {
            return periodUsage;
        }

        @Override
        protected ZoneId zone() {
            return TestClockFactory.ZONE;
        }
    }

    @Nested
    class Users extends UserRepositoryContract {
        @Override
        protected UserRepository repository() {
            return users;
        }
    }

    @Nested
    class RevokedTokens extends RevokedTokenStoreContract {
        @Override
        protected RevokedTokenStore store() {
            return revokedTokens;
        }
    }

    @Nested
    class ApiKeys extends ApiKeyRepositoryContract {
        @Override
        protected ApiKeyRepository repository() {
            return apiKeys;
        }

        @Override
        protected UserRepository users() {
            return users;
        }
    }

    @Nested
    class Channels extends ChannelRepositoryContract {
        @Override
        protected ChannelRepository repository() {
            return channels;
        }
    }

    @Nested
    class Settings extends SettingsRepositoryContract {
        @Override
        protected SettingsRepository repository() {
            return settings;
        }
    }

    @Nested
    class UsageLog extends UsageLogRepositoryContract {
        @Override
        protected UsageLogWriter writer() {
            return usageWriter;
        }

        @Override
        protected UsageLogRepository repository() {
            return usageLogs;
        }

        @Override
        protected UsageStatisticsRepository statistics() {
            return usageStatistics;
        }

        @Override
        protected ZoneId zone() {
            return TestClockFactory.ZONE;
        }
    }

    @Nested
    class BlockedIps extends BlockedIpRepositoryContract {
        @Override
        protected BlockedIpRepository repository() {
            return blockedIps;
        }
    }

    @Nested
    class Retention extends RetentionStoresContract {
        @Override
        protected RetentionRunLog runs() {
            return retentionRuns;
        }
    }

    @Nested
    class BlockedAttempts extends BlockedAttemptRepositoryContract {
        @Override
        protected BlockedAttemptRepository repository() {
            return blockedAttempts;
        }
    }

    @Nested
    class ChannelHealth extends ChannelHealthRepositoryContract {
        @Override
        protected ChannelHealthRepository repository() {
            return channelHealth;
        }

        @Override
        protected ChannelRepository channels() {
            return channels;
        }
    }
}
