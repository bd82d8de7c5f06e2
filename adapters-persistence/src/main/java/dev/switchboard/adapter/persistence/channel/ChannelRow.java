package dev.switchboard.adapter.persistence.channel;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.Instant;

/** Row of the {@code channels} table; the API key column holds cipher text only, prices exact decimal text. */
@MappedEntity("channels")
public record ChannelRow(
        @Id @GeneratedValue @Nullable Long id,
        String name,
        String baseUrl,
        String apiKeyCipher,
        String apiKeyMask,
        String modelId,
        int rpmLimit,
        @MappedProperty("is_enabled") boolean enabled,
        Instant createdAt,
        Instant updatedAt,
        String type,
        @Nullable String upstreamModel,
        String reasoning,
        @Nullable Integer contextWindow,
        boolean vision,
        int priority,
        int weight,
        @Nullable String inputPrice,
        @Nullable String outputPrice,
        @Nullable String cachedInputPrice) {
}
