package dev.switchboard.application.port.in.channel;

import dev.switchboard.domain.channel.ChannelId;

/** Query: how many requests were sent to a channel in its current rolling 60 s window (memory or Redis). */
public interface ChannelTrafficQuery {

    /** The count cannot be read right now (the shared window store is unreachable). */
    int UNKNOWN = -1;

    /** 0 for a channel nothing was sent to lately, or that does not exist; {@link #UNKNOWN} while Redis is down. */
    int callsLastMinute(ChannelId id);
}
