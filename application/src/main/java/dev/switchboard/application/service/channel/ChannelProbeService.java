package dev.switchboard.application.service.channel;

import dev.switchboard.application.port.in.channel.ChannelTestResult;
import dev.switchboard.application.port.in.channel.TestChannelUseCase;
import dev.switchboard.application.port.in.settings.ManageHealthSettingsUseCase;
import dev.switchboard.application.port.out.channel.ChannelRepository;
import dev.switchboard.domain.channel.AutoDisabled;
import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.channel.ChannelId;
import dev.switchboard.domain.settings.HealthSettings;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/**
 * Probes auto-disabled channels back (SPEC §13): every {@code channel_probe_seconds} the channel test is run on
 * each of them, and a success puts the channel back. At most one probe per channel in flight; none at all while
 * {@code auto_disable} is off; a channel the admin disabled is never probed. {@link #tick} is called often (about
 * once a second) and starts only the probes that are due.
 * <p>
 * Per instance: every instance probes on its own schedule, so with N instances a channel may be probed up to N
 * times per interval; the first success re-enables it for all through the database and the change feed.
 */
public class ChannelProbeService {

    private final ChannelRepository channels;
    private final ChannelHealthService health;
    private final TestChannelUseCase tester;
    private final ManageHealthSettingsUseCase settings;
    private final Executor background;
    private final Clock clock;
    private final Map<ChannelId, Instant> lastProbe = new ConcurrentHashMap<>();
    private final Set<ChannelId> inFlight = ConcurrentHashMap.newKeySet();

    public ChannelProbeService(ChannelRepository channels, ChannelHealthService health, TestChannelUseCase tester,
                               ManageHealthSettingsUseCase settings, Executor background, Clock clock) {
        this.channels = channels;
        this.health = health;
        this.tester = tester;
        this.settings = settings;
        this.background = background;
        this.clock = clock;
    }

    /** Starts the probes that are due; returns how many it started. */
    public int tick() {
        HealthSettings current = settings.current();
        if (!current.autoDisable()) {
            return 0;
        }
        Instant now = clock.instant();
        int started = 0;
        for (Channel channel : channels.findAll()) {
            AutoDisabled off = health.autoDisable(channel.id());
            if (!channel.enabled() || off == null) {
                continue;
            }
            Instant last = lastProbe.getOrDefault(channel.id(), off.at());
            if (now.isBefore(last.plusSeconds(current.channelProbeSeconds())) || !inFlight.add(channel.id())) {
                continue;
            }
            lastProbe.put(channel.id(), now);
            started++;
            try {
                background.execute(() -> probe(channel.id()));
            } catch (RuntimeException rejected) {
                inFlight.remove(channel.id());
            }
        }
        lastProbe.keySet().removeIf(id -> !health.autoDisabled(id));
        return started;
    }

    private void probe(ChannelId id) {
        try {
            ChannelTestResult result = tester.test(id);
            if (result.ok() && health.autoDisabled(id)) {
                health.reEnable(id);
            }
        } catch (RuntimeException gone) {
            // deleted meanwhile, or the test could not run: the next tick tries again if still due
        } finally {
            inFlight.remove(id);
        }
    }
}
