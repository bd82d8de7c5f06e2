package dev.switchboard.application.service.channel;

import dev.switchboard.application.error.NotFoundException;
import dev.switchboard.application.policy.routing.ChannelHealthPolicy;
import dev.switchboard.application.policy.routing.ChannelHealthPolicy.Decision;
import dev.switchboard.application.policy.routing.ChannelHealthPolicy.Streak;
import dev.switchboard.application.policy.routing.ErrorTextPolicy;
import dev.switchboard.application.port.in.channel.ChannelCondition;
import dev.switchboard.application.port.in.channel.ChannelHealthQuery;
import dev.switchboard.application.port.in.settings.ManageHealthSettingsUseCase;
import dev.switchboard.application.port.out.change.ChangeFeed;
import dev.switchboard.application.port.out.change.ChangeKind;
import dev.switchboard.application.port.out.channel.ChannelHealthRepository;
import dev.switchboard.application.port.out.channel.ChannelRepository;
import dev.switchboard.application.port.out.chat.UpstreamFailure;
import dev.switchboard.application.port.out.security.SecretCipher;
import dev.switchboard.domain.channel.AutoDisabled;
import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.channel.ChannelError;
import dev.switchboard.domain.channel.ChannelId;
import dev.switchboard.domain.channel.ChannelStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Channel health (SPEC §13): which channels the relay may use now, fed by the outcome of every upstream call.
 * The relay asks and reports from the event loop, so everything it touches is memory; database writes go to
 * the background executor.
 * <p>
 * With several instances: the auto-disable is shared — written to the database and announced on the change
 * feed (CHANNELS), on which every instance reloads it. Cool-downs and failure streaks are per instance: each
 * instance learns a 429 or a run of 5xx from its own traffic, which keeps the hot path free of shared writes;
 * a channel failing everywhere still gets disabled by whichever instance counts the streak first.
 */
public class ChannelHealthService implements ChannelHealthQuery {

    private final ChannelHealthRepository store;
    private final ChannelRepository channels;
    private final ManageHealthSettingsUseCase settings;
    private final SecretCipher cipher;
    private final ChangeFeed changes;
    private final Executor background;
    private final Clock clock;

    private volatile Map<ChannelId, AutoDisabled> disabled = Map.of();
    private final Map<ChannelId, Instant> coolUntil = new ConcurrentHashMap<>();
    private final Map<ChannelId, Streak> streaks = new ConcurrentHashMap<>();
    private final Map<ChannelId, AutoDisabled> pending = new ConcurrentHashMap<>();

    public ChannelHealthService(ChannelHealthRepository store, ChannelRepository channels,
                                ManageHealthSettingsUseCase settings, SecretCipher cipher, ChangeFeed changes,
                                Executor background, Clock clock) {
        this.store = store;
        this.channels = channels;
        this.settings = settings;
        this.cipher = cipher;
        this.changes = changes;
        this.background = background;
        this.clock = clock;
    }

    /** Reads the shared auto-disables (blocking): at start-up and on every CHANNELS change. */
    public void reload() {
        Map<ChannelId, AutoDisabled> stored = store.findAutoDisabled().stream()
                .collect(Collectors.toMap(AutoDisabled::channelId, Function.identity(), (a, b) -> b));
        synchronized (this) {
            stored.putAll(pending); // decided here but not yet written: a reload must not bring them back
            disabled = Map.copyOf(stored);
        }
    }

    /** Whether the relay may try the channel now: not taken out, not cooling down. Memory only. */
    public boolean usable(Channel channel) {
        if (disabled.containsKey(channel.id())) {
            return false;
        }
        Instant until = coolUntil.get(channel.id());
        if (until == null) {
            return true;
        }
        if (!until.isAfter(clock.instant())) {
            coolUntil.remove(channel.id(), until);
            return true;
        }
        return false;
    }

    /**
     * When the first of these channels is usable again as far as this instance knows: the end of the shortest
     * cool-down, in whole seconds (1–60); 60 when none is cooling (they are taken out until probed back).
     */
    public int secondsUntilUsable(List<Channel> candidates) {
        Instant now = clock.instant();
        long best = ChannelHealthPolicy.MAX_COOLDOWN_SECONDS;
        for (Channel channel : candidates) {
            Instant until = coolUntil.get(channel.id());
            if (until != null && !disabled.containsKey(channel.id())) {
                best = Math.min(best, Math.max(1, (java.time.Duration.between(now, until).toMillis() + 999) / 1000));
            }
        }
        return (int) best;
    }

    public boolean autoDisabled(ChannelId id) {
        return disabled.containsKey(id);
    }

    public AutoDisabled autoDisable(ChannelId id) {
        return disabled.get(id);
    }

    @Override
    public ChannelCondition condition(Channel channel) {
        Instant until = coolUntil.get(channel.id());
        Instant cooling = until != null && until.isAfter(clock.instant()) ? until : null;
        if (!channel.enabled()) {
            return new ChannelCondition(ChannelStatus.DISABLED, null, null, null);
        }
        AutoDisabled off = disabled.get(channel.id());
        return off == null ? new ChannelCondition(ChannelStatus.ENABLED, null, null, cooling)
                : new ChannelCondition(ChannelStatus.AUTO_DISABLED, off.reason(), off.at(), cooling);
    }

    @Override
    public List<ChannelError> recentErrors(ChannelId id) {
        channels.findById(id).orElseThrow(() -> new NotFoundException("channel " + id.value() + " does not exist"));
        return store.recentErrors(id);
    }

    /** The channel answered: its failure streak ends. */
    public void succeeded(Channel channel) {
        streaks.remove(channel.id());
    }

    /** The channel failed: the failure is kept for the console and the policy decides what it does to the channel. */
    public void failed(Channel channel, UpstreamFailure failure) {
        Instant now = clock.instant();
        ChannelId id = channel.id();
        Decision decision = ChannelHealthPolicy.afterFailure(failure,
                streaks.getOrDefault(id, Streak.NONE), now, settings.current());
        streaks.put(id, decision.streak());
        switch (decision.action()) {
            case COOL_DOWN -> coolUntil.put(id, now.plusSeconds(decision.cooldownSeconds()));
            case DISABLE -> disableNow(new AutoDisabled(id, decision.reason(), now));
            default -> {
            }
        }
        ChannelError error = new ChannelError(id, now, failure.status(), ErrorTextPolicy.type(failure),
                ErrorTextPolicy.clean(failure.getMessage(), openKey(channel)));
        background.execute(() -> store.addError(error));
    }

    /** Puts an auto-disabled channel back (probe success, or the admin enabling it); blocking. */
    public void reEnable(ChannelId id) {
        boolean was;
        synchronized (this) {
            pending.remove(id);
            Map<ChannelId, AutoDisabled> now = new HashMap<>(disabled);
            was = now.remove(id) != null;
            disabled = Map.copyOf(now);
        }
        streaks.remove(id);
        coolUntil.remove(id);
        if (store.clearAutoDisabled(id) || was) {
            changes.publish(ChangeKind.CHANNELS);
        }
    }

    /** Drops what is known about a deleted channel; blocking. */
    public void forget(ChannelId id) {
        streaks.remove(id);
        coolUntil.remove(id);
        store.forget(id);
    }

    private void disableNow(AutoDisabled off) {
        // at once in memory, so the next request here already skips it; the others learn it from the feed
        synchronized (this) {
            Map<ChannelId, AutoDisabled> now = new HashMap<>(disabled);
            now.put(off.channelId(), off);
            disabled = Map.copyOf(now);
            pending.put(off.channelId(), off);
        }
        background.execute(() -> {
            try {
                if (pending.get(off.channelId()) == off) {
                    store.markAutoDisabled(off);
                }
            } finally {
                pending.remove(off.channelId(), off);
            }
            changes.publish(ChangeKind.CHANNELS);
        });
    }

    private String openKey(Channel channel) {
        try {
            return cipher.open(channel.apiKey());
        } catch (RuntimeException e) {
            return null;
        }
    }
}
