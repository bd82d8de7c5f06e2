package dev.switchboard.domain.channel;

import dev.switchboard.domain.shared.Require;

/** Identity of an upstream channel. */
public record ChannelId(long value) {
    public ChannelId {
        Require.positiveId("channel_id", value);
    }
}
