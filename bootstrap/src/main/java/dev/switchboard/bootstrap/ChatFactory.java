package dev.switchboard.bootstrap;

import dev.switchboard.application.port.in.channel.TestChannelUseCase;
import dev.switchboard.application.port.in.chat.CountTokensQuery;
import dev.switchboard.application.port.in.chat.ListModelsQuery;
import dev.switchboard.application.port.in.chat.RelayChatUseCase;
import dev.switchboard.application.port.in.settings.ManageSettingsUseCase;
import dev.switchboard.application.port.out.channel.ChannelRepository;
import dev.switchboard.application.port.out.chat.TokenCounter;
import dev.switchboard.application.port.out.chat.UpstreamChat;
import dev.switchboard.application.port.out.ratelimit.RateLimiter;
import dev.switchboard.application.port.out.security.SecretCipher;
import dev.switchboard.application.port.out.usage.UsageLog;
import dev.switchboard.application.port.out.usage.UsageLogWriter;
import dev.switchboard.application.service.channel.ChannelHealthService;
import dev.switchboard.application.service.channel.ChannelTestService;
import dev.switchboard.application.service.chat.ModelCatalogService;
import dev.switchboard.application.service.chat.RelayChatService;
import dev.switchboard.application.service.chat.TokenEstimateService;
import dev.switchboard.application.service.quota.ChargingUsageLog;
import dev.switchboard.application.service.quota.ConfirmingUsageWriter;
import dev.switchboard.application.service.quota.PeriodUsage;
import dev.switchboard.application.service.quota.QuotaService;
import dev.switchboard.application.service.usage.UsageLogBuffer;
import dev.switchboard.bootstrap.metrics.MeteredUpstreamChat;
import dev.switchboard.bootstrap.metrics.MeteredUsageLog;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Wires the chat relay and the usage-log write-behind. */
@Factory
class ChatFactory {

    /** Closed on shutdown (SIGTERM included), which writes every queued usage row first. */
    @Singleton
    @Bean(preDestroy = "close")
    UsageLogBuffer usageLogBuffer(UsageLogWriter writer, PeriodUsage periodUsage,
                                  @Value("${switchboard.usage-log.queue-capacity:100000}") int capacity) {
        return new UsageLogBuffer(new ConfirmingUsageWriter(writer, periodUsage), capacity);
    }

    @Singleton
    RelayChatUseCase relayChat(ChannelRepository channels, SecretCipher cipher, UpstreamChat upstream,
                               RateLimiter limiter, ManageSettingsUseCase settings, TokenCounter tokens,
                               UsageLog usageLog, Clock clock, MeterRegistry metrics, ChannelHealthService health,
                               QuotaService quotas, PeriodUsage periodUsage) {
        return new RelayChatService(channels, cipher, new MeteredUpstreamChat(upstream, metrics), limiter, settings,
                tokens, new MeteredUsageLog(new ChargingUsageLog(usageLog, periodUsage), metrics), clock, health,
                new java.util.Random(), quotas);
    }

    @Singleton
    TestChannelUseCase testChannel(ChannelRepository channels, SecretCipher cipher, UpstreamChat upstream, Clock clock) {
        return new ChannelTestService(channels, cipher, upstream, clock);
    }

    @Singleton
    CountTokensQuery countTokens(TokenCounter tokens) {
        return new TokenEstimateService(tokens);
    }

    @Singleton
    ListModelsQuery listModels(ChannelRepository channels, QuotaService quotas) {
        return new ModelCatalogService(channels, quotas);
    }
}
