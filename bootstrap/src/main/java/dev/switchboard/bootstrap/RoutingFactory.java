package dev.switchboard.bootstrap;

import dev.switchboard.application.port.in.channel.TestChannelUseCase;
import dev.switchboard.application.port.in.settings.ManageHealthSettingsUseCase;
import dev.switchboard.application.port.out.change.ChangeFeed;
import dev.switchboard.application.port.out.channel.ChannelHealthRepository;
import dev.switchboard.application.port.out.channel.ChannelRepository;
import dev.switchboard.application.port.out.security.SecretCipher;
import dev.switchboard.application.port.out.settings.HealthSettingsRepository;
import dev.switchboard.application.service.channel.ChannelHealthService;
import dev.switchboard.application.service.channel.ChannelProbeService;
import dev.switchboard.application.service.settings.HealthSettingsService;
import io.micronaut.context.annotation.Factory;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.concurrent.ExecutorService;

/** Wires channel health (SPEC §13): the in-memory health board, its settings and the probe. */
@Factory
class RoutingFactory {

    @Singleton
    ManageHealthSettingsUseCase healthSettings(HealthSettingsRepository settings, ChangeFeed changes) {
        return new HealthSettingsService(settings, changes);
    }

    /** Loaded when built (at start-up, through {@link ChangeSubscriptions}): the relay only ever reads memory. */
    @Singleton
    ChannelHealthService channelHealth(ChannelHealthRepository store, ChannelRepository channels,
                                       ManageHealthSettingsUseCase settings, SecretCipher cipher, ChangeFeed changes,
                                       @Named(TaskExecutors.BLOCKING) ExecutorService background, Clock clock) {
        ChannelHealthService health = new ChannelHealthService(store, channels, settings, cipher, changes, background,
                clock);
        health.reload();
        return health;
    }

    @Singleton
    ChannelProbeService channelProbe(ChannelRepository channels, ChannelHealthService health, TestChannelUseCase tester,
                                     ManageHealthSettingsUseCase settings,
                                     @Named(TaskExecutors.BLOCKING) ExecutorService background, Clock clock) {
        return new ChannelProbeService(channels, health, tester, settings, background, clock);
    }
}
