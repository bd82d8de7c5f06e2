package dev.switchboard.application.fake;

import dev.switchboard.application.port.out.channel.ChannelRepository;
import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.channel.ChannelId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** In-memory fake of {@link ChannelRepository}. */
public class InMemoryChannelRepository implements ChannelRepository {

    private final Map<Long, Channel> rows = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();

    @Override
    public Channel save(Channel c) {
        ChannelId id = c.id() != null ? c.id() : new ChannelId(sequence.incrementAndGet());
        Channel saved = new Channel(id, c.name(), c.baseUrl(), c.apiKey(), c.apiKeyMask(), c.modelId(),
                c.rpmLimit(), c.enabled(), c.createdAt(), c.updatedAt(), c.profile(), c.prices());
        rows.put(id.value(), saved);
        return saved;
    }

    @Override
    public Optional<Channel> findById(ChannelId id) {
        return Optional.ofNullable(rows.get(id.value()));
    }

    @Override
    public List<Channel> findAll() {
        List<Channel> all = new ArrayList<>(rows.values());
        all.sort(Comparator.comparing(c -> c.id().value()));
        return all;
    }

    @Override
    public boolean delete(ChannelId id) {
        return rows.remove(id.value()) != null;
    }
}
