package dev.switchboard.adapter.persistence.channel;

import dev.switchboard.application.port.out.channel.ChannelRepository;
import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.channel.ChannelId;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/** {@link ChannelRepository} on the {@code channels} table. */
@Singleton
class JdbcChannelRepository implements ChannelRepository {

    private final ChannelRowRepository rows;
    private final ChannelMapper mapper;

    JdbcChannelRepository(ChannelRowRepository rows, ChannelMapper mapper) {
        this.rows = rows;
        this.mapper = mapper;
    }

    @Override
    public Channel save(Channel channel) {
        ChannelRow row = mapper.toRow(channel);
        return mapper.toDomain(row.id() == null ? rows.save(row) : rows.update(row));
    }

    @Override
    public Optional<Channel> findById(ChannelId id) {
        return rows.findById(id.value()).map(mapper::toDomain);
    }

    @Override
    public List<Channel> findAll() {
        return rows.findAllOrderById().stream().map(mapper::toDomain).toList();
    }

    @Override
    public boolean delete(ChannelId id) {
        if (!rows.existsById(id.value())) {
            return false;
        }
        rows.deleteById(id.value());
        return true;
    }
}
