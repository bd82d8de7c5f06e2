package dev.switchboard.application.fake;

import dev.switchboard.application.port.out.channel.ChannelHealthRepository;
import dev.switchboard.application.port.out.channel.ChannelRepository;
import dev.switchboard.domain.channel.AutoDisabled;
import dev.switchboard.domain.channel.ChannelError;
import dev.switchboard.domain.channel.ChannelId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory fake of {@link ChannelHealthRepository}; like the database, it keeps nothing for unknown channels. */
public class InMemoryChannelHealthRepository implements ChannelHealthRepository {

    private final ChannelRepository channels;
    private final Map<ChannelId, AutoDisabled> disabled = new ConcurrentHashMap<>();
    private final Map<ChannelId, List<ChannelError>> errors = new ConcurrentHashMap<>();

    public InMemoryChannelHealthRepository(ChannelRepository channels) {
        this.channels = channels;
    }

    @Override
    public List<AutoDisabled> findAutoDisabled() {
        return List.copyOf(disabled.values());
    }

    @Override
    public void markAutoDisabled(AutoDisabled off) {
        if (channels.findById(off.channelId()).isPresent()) {
            disabled.put(off.channelId(), off);
        }
    }

    @Override
    public boolean clearAutoDisabled(ChannelId id) {
        return disabled.remove(id) != null;
    }

    @Override
    public synchronized void addError(ChannelError error) {
        if (channels.findById(error.channelId()).isEmpty()) {
            return;
        }
        List<ChannelError> kept = errors.computeIfAbsent(error.channelId(), id -> new ArrayList<>());
        kept.add(0, error);
        while (kept.size() > ChannelError.KEPT_PER_CHANNEL) {
            kept.remove(kept.size() - 1);
        }
    }

    @Override
    public synchronized List<ChannelError> recentErrors(ChannelId id) {
        return List.copyOf(errors.getOrDefault(id, List.of()));
    }

    @Override
    public void forget(ChannelId id) {
        disabled.remove(id);
        errors.remove(id);
    }
}
