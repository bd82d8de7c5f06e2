package dev.switchboard.application.port.in.channel;

import dev.switchboard.domain.channel.ChannelId;

/** Query: how many requests were sent to a channel in its current rolling 60 s window. In memory, cheap. */
public interface ChannelTrafficQuery {

    /** 0 for a channel nothing was sent to lately, or that does not exist. */
    int callsLastMinute(ChannelId id);
}
