package dev.switchboard.application.service.channel;

import dev.switchboard.domain.channel.ChannelId;

/** The rate-limiter key of a channel's RPM window: the relay takes from it, the traffic query reads it. */
public final class ChannelRateKey {

    private ChannelRateKey() {
    }

    public static String of(ChannelId id) {
        return "channel:" + id.value();
    }
}
