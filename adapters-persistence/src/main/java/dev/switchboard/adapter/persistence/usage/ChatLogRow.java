package dev.switchboard.adapter.persistence.usage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** Row of {@code chat_logs}: one chat request, never its content. */
@MappedEntity("chat_logs")
public record ChatLogRow(
        @Id @GeneratedValue @Nullable Long id,
        Instant createdAt,
        String ipAddress,
        @Nullable Long userId,
        @Nullable String userEmail,
        String modelId,
        @Nullable Long channelId,
        @Nullable String channelName,
        int promptTokens,
        int completionTokens,
        String status,
        long latencyMs) {
}
