package dev.switchboard.domain.usage;

import dev.switchboard.domain.channel.ChannelId;
import dev.switchboard.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * One chat request in the usage log: who (IP always, user when signed in), which model and channel,
 * when, how many tokens (and how many of them were cached input and reasoning), how it ended, and the
 * {@link Endpoint} it came in through. Never the question or the answer. {@code id} is null until stored;
 * {@code userId}, {@code userEmail}, {@code channelId}, {@code channelName} and the API key's
 * {@code apiKeyId} and {@code apiKeyName} (snapshots, like the e-mail) may be null. {@code costNanos} is the
 * cost in nano-units (10⁻⁹) of the settings' currency at the channel's prices when the row was written (null:
 * unpriced); {@code groupId} and {@code groupName} the user's group then (null: none).
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
        String apiKeyName,
        int cachedTokens,
        int reasoningTokens,
        Endpoint endpoint,
        Long costNanos,
        Long groupId,
        String groupName) {

    public UsageLogEntry {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(ipAddress, "ipAddress");
        Objects.requireNonNull(modelId, "modelId");
        Objects.requireNonNull(status, "status");
        endpoint = endpoint == null ? Endpoint.CHAT : endpoint;
        if (promptTokens < 0 || completionTokens < 0 || latencyMs < 0 || cachedTokens < 0 || reasoningTokens < 0) {
            throw new IllegalArgumentException("token counts and latency cannot be negative");
        }
    }

    /** A row without cost or group. */
    public UsageLogEntry(Long id, Instant createdAt, String ipAddress, UserId userId, String userEmail, String modelId,
                         ChannelId channelId, String channelName, int promptTokens, int completionTokens,
                         UsageStatus status, long latencyMs, Long apiKeyId, String apiKeyName, int cachedTokens,
                         int reasoningTokens, Endpoint endpoint) {
        this(id, createdAt, ipAddress, userId, userEmail, modelId, channelId, channelName, promptTokens,
                completionTokens, status, latencyMs, apiKeyId, apiKeyName, cachedTokens, reasoningTokens, endpoint,
                null, null, null);
    }

    /** A row of a chat that came in through the chat completions endpoint. */
    public UsageLogEntry(Long id, Instant createdAt, String ipAddress, UserId userId, String userEmail, String modelId,
                         ChannelId channelId, String channelName, int promptTokens, int completionTokens,
                         UsageStatus status, long latencyMs, Long apiKeyId, String apiKeyName, int cachedTokens,
                         int reasoningTokens) {
        this(id, createdAt, ipAddress, userId, userEmail, modelId, channelId, channelName, promptTokens,
                completionTokens, status, latencyMs, apiKeyId, apiKeyName, cachedTokens, reasoningTokens, Endpoint.CHAT);
    }

    /** A row without the cached and reasoning parts of its tokens. */
    public UsageLogEntry(Long id, Instant createdAt, String ipAddress, UserId userId, String userEmail, String modelId,
                         ChannelId channelId, String channelName, int promptTokens, int completionTokens,
                         UsageStatus status, long latencyMs, Long apiKeyId, String apiKeyName) {
        this(id, createdAt, ipAddress, userId, userEmail, modelId, channelId, channelName, promptTokens,
                completionTokens, status, latencyMs, apiKeyId, apiKeyName, 0, 0, Endpoint.CHAT);
    }

    /** A row of a call made without an API key (a browser or a JWT). */
    public UsageLogEntry(Long id, Instant createdAt, String ipAddress, UserId userId, String userEmail, String modelId,
                         ChannelId channelId, String channelName, int promptTokens, int completionTokens,
                         UsageStatus status, long latencyMs) {
        this(id, createdAt, ipAddress, userId, userEmail, modelId, channelId, channelName, promptTokens,
                completionTokens, status, latencyMs, null, null, 0, 0, Endpoint.CHAT);
    }

    public int totalTokens() {
        return promptTokens + completionTokens;
    }
}
