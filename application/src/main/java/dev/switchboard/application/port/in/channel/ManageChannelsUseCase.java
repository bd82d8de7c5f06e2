package dev.switchboard.application.port.in.channel;

import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.channel.ChannelId;
import java.util.List;

/** Use case: the admin lists, adds, edits and removes channels. */
public interface ManageChannelsUseCase {

    List<Channel> list();

    Channel get(ChannelId id);

    Channel create(ChannelDraft draft);

    Channel update(ChannelId id, ChannelDraft draft);

    void delete(ChannelId id);
}
