package dev.switchboard.application.contract;

import dev.switchboard.application.fake.InMemoryApiKeyRepository;
import dev.switchboard.application.fake.InMemoryGroupRepository;
import dev.switchboard.application.port.out.group.GroupRepository;
import dev.switchboard.application.fake.InMemoryBlockedAttemptRepository;
import dev.switchboard.application.fake.InMemoryBlockedIpRepository;
import dev.switchboard.application.fake.InMemoryChannelHealthRepository;
import dev.switchboard.application.fake.InMemoryChannelRepository;
import dev.switchboard.application.fake.InMemoryRetentionRunLog;
import dev.switchboard.application.fake.InMemorySettingsRepository;
import dev.switchboard.application.fake.InMemoryUsageLog;
import dev.switchboard.application.fake.InMemoryRevokedTokenStore;
import dev.switchboard.application.fake.InMemoryUserRepository;
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
import org.junit.jupiter.api.Nested;

/** The fakes keep the same contract as the real repositories, so service tests mean something. */
class InMemoryRepositoriesTest {

    @Nested
    class Groups extends GroupRepositoryContract {
        private final InMemoryGroupRepository repo = new InMemoryGroupRepository();

        @Override
        protected GroupRepository repository() {
            return repo;
        }
    }

    @Nested
    class Users extends UserRepositoryContract {
        private final InMemoryUserRepository repo = new InMemoryUserRepository();

        @Override
        protected UserRepository repository() {
            return repo;
        }
    }

    @Nested
    class RevokedTokens extends RevokedTokenStoreContract {
        private final InMemoryRevokedTokenStore store = new InMemoryRevokedTokenStore();

        @Override
        protected RevokedTokenStore store() {
            return store;
        }
    }

    @Nested
    class ApiKeys extends ApiKeyRepositoryContract {
        private final InMemoryUserRepository users = new InMemoryUserRepository();
        private final InMemoryApiKeyRepository keys = new InMemoryApiKeyRepository();

        @Override
        protected ApiKeyRepository repository() {
            return keys;
        }

        @Override
        protected UserRepository users() {
            return users;
        }
    }

    @Nested
    class Channels extends ChannelRepositoryContract {
        private final InMemoryChannelRepository repo = new InMemoryChannelRepository();

        @Override
        protected ChannelRepository repository() {
            return repo;
        }
    }

    @Nested
    class Settings extends SettingsRepositoryContract {
        private final InMemorySettingsRepository repo = new InMemorySettingsRepository();

        @Override
        protected SettingsRepository repository() {
            return repo;
        }
    }

    @Nested
    class UsageLog extends UsageLogRepositoryContract {
        private final InMemoryUsageLog log = new InMemoryUsageLog(ZoneId.of("Asia/Shanghai"));

        @Override
        protected UsageLogWriter writer() {
            return log;
        }

        @Override
        protected UsageLogRepository repository() {
            return log;
        }

        @Override
        protected UsageStatisticsRepository statistics() {
            return log;
        }

        @Override
        protected ZoneId zone() {
            return ZoneId.of("Asia/Shanghai");
        }
    }

    @Nested
    class BlockedIps extends BlockedIpRepositoryContract {
        private final InMemoryBlockedIpRepository repo = new InMemoryBlockedIpRepository();

        @Override
        protected BlockedIpRepository repository() {
            return repo;
        }
    }

    @Nested
    class Retention extends RetentionStoresContract {
        private final InMemoryRetentionRunLog runs = new InMemoryRetentionRunLog();

        @Override
        protected RetentionRunLog runs() {
            return runs;
        }
    }

    @Nested
    class BlockedAttempts extends BlockedAttemptRepositoryContract {
        private final InMemoryBlockedAttemptRepository repo = new InMemoryBlockedAttemptRepository();

        @Override
        protected BlockedAttemptRepository repository() {
            return repo;
        }
    }

    @Nested
    class ChannelHealth extends ChannelHealthRepositoryContract {
        private final InMemoryChannelRepository channels = new InMemoryChannelRepository();
        private final InMemoryChannelHealthRepository repo = new InMemoryChannelHealthRepository(channels);

        @Override
        protected ChannelHealthRepository repository() {
            return repo;
        }

        @Override
        protected ChannelRepository channels() {
            return channels;
        }
    }
}
