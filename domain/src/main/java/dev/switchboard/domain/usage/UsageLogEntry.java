package dev.switchboard.domain.usage;

import dev.switchboard.domain.channel.ChannelId;
import dev.switchboard.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * One chat request in the usage log: who (IP always, user when signed in), which model and channel,
 * when, how many tokens, how it ended. Never the question or the answer. {@code id} is null until stored;
 * {@code userId}, {@code userEmail}, {@code channelId} and {@code channelName} may be null.
 */
public record UsageLogEntry(
        Long id,
        Instant createdAt,
        String ipAddress,
        UserId userId,
        String userEmail,
        String modelId,
        ChannelId channelId,
        String channelName,
        int promptTokens,
        int completionTokens,
        UsageStatus status,
        long latencyMs) {

    public UsageLogEntry {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(ipAddress, "ipAddress");
        Objects.requireNonNull(modelId, "modelId");
        Objects.requireNonNull(status, "status");
        if (promptTokens < 0 || completionTokens < 0 || latencyMs < 0) {
            throw new IllegalArgumentException("token counts and latency cannot be negative");
        }
    }

    public int totalTokens() {
        return promptTokens + completionTokens;
    }
}
