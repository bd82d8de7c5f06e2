package dev.switchboard.domain.channel;

/**
 * A channel's state for routing (SPEC §13): in use, switched off by the admin, or switched off by Switchboard
 * itself after its upstream refused the key or kept failing.
 */
public enum ChannelStatus {
    ENABLED, DISABLED, AUTO_DISABLED;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
