package dev.switchboard.application.port.in.channel;

import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.channel.ChannelError;
import dev.switchboard.domain.channel.ChannelId;
import java.util.List;

/** Use case: a channel's health and its recent failures (SPEC §13). */
public interface ChannelHealthQuery {

    /** Non-blocking: answers from memory. */
    ChannelCondition condition(Channel channel);

    /** The channel's last failures, newest first; blocking; not found when there is no such channel. */
    List<ChannelError> recentErrors(ChannelId id);
}
