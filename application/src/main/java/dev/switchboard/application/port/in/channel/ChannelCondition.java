package dev.switchboard.application.port.in.channel;

import dev.switchboard.domain.channel.ChannelStatus;
import java.time.Instant;

/**
 * A channel's health as the console shows it: its status, why and since when it is off (null while enabled
 * or when the admin switched it off), and until when it cools down after a 429 (null when it does not).
 */
public record ChannelCondition(ChannelStatus status, String disabledReason, Instant disabledAt, Instant coolingUntil) {
}
