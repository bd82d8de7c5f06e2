package dev.switchboard.domain.usage;

import dev.switchboard.domain.channel.ChannelId;
import dev.switchboard.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * One chat request in the usage log: who (IP always, user when signed in), which model and channel,
 * when, how many tokens, how it ended. Never the question or the answer. {@code id} is null until stored;
 * {@code userId}, {@code userEmail}, {@code channelId}, {@code channelName} and the API key's
 * {@code apiKeyId} and {@code apiKeyName} (snapshots, like the e-mail) may be null.
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
        long latencyMs,
        Long apiKeyId,
        String apiKeyName) {

    public UsageLogEntry {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(ipAddress, "ipAddress");
        Objects.requireNonNull(modelId, "modelId");
        Objects.requireNonNull(status, "status");
        if (promptTokens < 0 || completionTokens < 0 || latencyMs < 0) {
            throw new IllegalArgumentException("token counts and latency cannot be negative");
        }
    }

    /** A row of a call made without an API key (a browser or a JWT). */
    public UsageLogEntry(Long id, Instant createdAt, String ipAddress, UserId userId, String userEmail, String modelId,
                         ChannelId channelId, String channelName, int promptTokens, int completionTokens,
                         UsageStatus status, long latencyMs) {
        this(id, createdAt, ipAddress, userId, userEmail, modelId, channelId, channelName, promptTokens,
                completionTokens, status, latencyMs, null, null);
    }

    public int totalTokens() {
        return promptTokens + completionTokens;
    }
}
