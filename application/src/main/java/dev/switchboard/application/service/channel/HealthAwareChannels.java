package dev.switchboard.application.service.channel;

import dev.switchboard.application.port.in.channel.ChannelDraft;
import dev.switchboard.application.port.in.channel.ManageChannelsUseCase;
import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.channel.ChannelId;
import java.util.List;

/**
 * Channel administration that keeps health in step (SPEC §13): the admin enabling a channel clears its
 * auto-disable (and any cool-down), deleting it drops its recent errors.
 */
public class HealthAwareChannels implements ManageChannelsUseCase {

    private final ManageChannelsUseCase channels;
    private final ChannelHealthService health;

    public HealthAwareChannels(ManageChannelsUseCase channels, ChannelHealthService health) {
        this.channels = channels;
        this.health = health;
    }

    @Override
    public List<Channel> list() {
        return channels.list();
    }

    @Override
    public Channel get(ChannelId id) {
        return channels.get(id);
    }

    @Override
    public Channel create(ChannelDraft draft) {
        return channels.create(draft);
    }

    @Override
    public Channel update(ChannelId id, ChannelDraft draft) {
        Channel updated = channels.update(id, draft);
        if (Boolean.TRUE.equals(draft.enabled())) {
            health.reEnable(id);
        }
        return updated;
    }

    @Override
    public void delete(ChannelId id) {
        channels.delete(id);
        health.forget(id);
    }
}
