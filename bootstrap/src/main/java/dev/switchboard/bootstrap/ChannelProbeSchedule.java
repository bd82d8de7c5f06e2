package dev.switchboard.bootstrap;

import dev.switchboard.application.service.channel.ChannelProbeService;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks for due channel probes about once a second; the probe interval itself is the {@code channel_probe_seconds}
 * setting, so a change applies without a restart.
 */
@Singleton
class ChannelProbeSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(ChannelProbeSchedule.class);

    private final ChannelProbeService probe;

    ChannelProbeSchedule(ChannelProbeService probe) {
        this.probe = probe;
    }

    @Scheduled(initialDelay = "${switchboard.channel-probe.tick:1s}", fixedDelay = "${switchboard.channel-probe.tick:1s}")
    void tick() {
        try {
            probe.tick();
        } catch (RuntimeException e) {
            LOG.warn("Channel probe round failed; the next tick tries again", e);
        }
    }
}
