package dev.switchboard.domain.channel;

import java.time.Instant;
import java.util.Objects;

/** Why and since when Switchboard took a channel out of rotation by itself (SPEC §13). */
public record AutoDisabled(ChannelId channelId, String reason, Instant at) {

    public static final int MAX_REASON = 300;

    public AutoDisabled {
        Objects.requireNonNull(channelId, "channelId");
        Objects.requireNonNull(at, "at");
        reason = reason == null || reason.isBlank() ? "failing" : reason.strip();
        if (reason.length() > MAX_REASON) {
            reason = reason.substring(0, MAX_REASON);
        }
    }
}
