package dev.switchboard.application.port.out.channel;

import dev.switchboard.domain.channel.AutoDisabled;
import dev.switchboard.domain.channel.ChannelError;
import dev.switchboard.domain.channel.ChannelId;
import java.util.List;

/**
 * Outgoing port: channel health shared by every instance (SPEC §13) — which channels Switchboard took out by
 * itself, and each channel's recent failures. Blocking: called off the event loop only.
 */
public interface ChannelHealthRepository {

    List<AutoDisabled> findAutoDisabled();

    /** Stores (or replaces) the channel's auto-disable. */
    void markAutoDisabled(AutoDisabled disabled);

    /** @return false when the channel was not auto-disabled */
    boolean clearAutoDisabled(ChannelId id);

    /** Keeps the failure, and only the newest {@link ChannelError#KEPT_PER_CHANNEL} of its channel. */
    void addError(ChannelError error);

    /** The channel's kept failures, newest first. */
    List<ChannelError> recentErrors(ChannelId id);

    /** Drops everything about a deleted channel. */
    void forget(ChannelId id);
}
