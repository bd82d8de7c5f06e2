package dev.switchboard.adapter.persistence.channel;

import dev.switchboard.application.port.out.channel.ChannelRepository;
import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.channel.ChannelId;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * {@link ChannelRepository} on the {@code channels} table. The full list — read on every chat request —
 * comes from a cache refreshed in the background; a change on this instance shows at once, one made by
 * another instance within {@link #REFRESH}.
 */
@Singleton
class JdbcChannelRepository implements ChannelRepository {

    static final Duration REFRESH = Duration.ofSeconds(5);
    private static final String ALL = "all";

    private final ChannelRowRepository rows;
    private final ChannelMapper mapper;
    private final LoadingCache<String, List<Channel>> cache;

    JdbcChannelRepository(ChannelRowRepository rows, ChannelMapper mapper) {
        this.rows = rows;
        this.mapper = mapper;
        this.cache = Caffeine.newBuilder().refreshAfterWrite(REFRESH).build(key -> readAll());
    }

    /** Loaded before the first chat: the chat path runs on the event loop and must not be the one to wait. */
    @EventListener
    void warm(StartupEvent started) {
        cache.get(ALL);
    }

    private List<Channel> readAll() {
        return rows.findAllOrderById().stream().map(mapper::toDomain).toList();
    }

    @Override
    public Channel save(Channel channel) {
        ChannelRow row = mapper.toRow(channel);
        Channel saved = mapper.toDomain(row.id() == null ? rows.save(row) : rows.update(row));
        cache.put(ALL, readAll());
        return saved;
    }

    @Override
    public void reload() {
        cache.put(ALL, readAll());
    }

    @Override
    public Optional<Channel> findById(ChannelId id) {
        return rows.findById(id.value()).map(mapper::toDomain);
    }

    @Override
    public List<Channel> findAll() {
        return cache.get(ALL);
    }

    @Override
    public boolean delete(ChannelId id) {
        if (!rows.existsById(id.value())) {
            return false;
        }
        rows.deleteById(id.value());
        cache.put(ALL, readAll());
        return true;
    }
}
