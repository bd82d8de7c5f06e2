package dev.switchboard.domain.channel;

import java.time.Instant;
import java.util.Objects;

/**
 * One failure of a channel's upstream, as kept for the console (SPEC §13): the HTTP status (0 without one),
 * a short type and a message already cut and cleaned of anything key-shaped. Never prompt content.
 */
public record ChannelError(ChannelId channelId, Instant createdAt, int status, String type, String message) {

    public static final int MAX_MESSAGE = 300;
    public static final int KEPT_PER_CHANNEL = 50;

    public ChannelError {
        Objects.requireNonNull(channelId, "channelId");
        Objects.requireNonNull(createdAt, "createdAt");
        type = type == null || type.isBlank() ? "error" : cut(type.strip(), 64);
        message = message == null ? "" : cut(message, MAX_MESSAGE);
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
