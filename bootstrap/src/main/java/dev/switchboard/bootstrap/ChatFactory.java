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
    UsageLogBuffer usageLogBuffer(UsageLogWriter writer,
                                  @Value("${switchboard.usage-log.queue-capacity:100000}") int capacity) {
        return new UsageLogBuffer(writer, capacity);
    }

    @Singleton
    RelayChatUseCase relayChat(ChannelRepository channels, SecretCipher cipher, UpstreamChat upstream,
                               RateLimiter limiter, ManageSettingsUseCase settings, TokenCounter tokens,
                               UsageLog usageLog, Clock clock, MeterRegistry metrics, ChannelHealthService health) {
        return new RelayChatService(channels, cipher, new MeteredUpstreamChat(upstream, metrics), limiter, settings,
                tokens, new MeteredUsageLog(usageLog, metrics), clock, health, new java.util.Random());
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
    ListModelsQuery listModels(ChannelRepository channels) {
        return new ModelCatalogService(channels);
    }
}
