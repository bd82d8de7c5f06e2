package dev.switchboard.application.port.out.channel;

import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.channel.ChannelId;
import java.util.List;
import java.util.Optional;

/** Stored channels, oldest first. */
public interface ChannelRepository {

    Channel save(Channel channel);

    Optional<Channel> findById(ChannelId id);

    List<Channel> findAll();

    /** @return false when there was no such channel */
    boolean delete(ChannelId id);

    /** Drops any cached copy, so the next read sees what another instance stored (may block). */
    default void reload() {
    }
}
