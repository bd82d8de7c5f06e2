package dev.switchboard.adapter.persistence.key;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** Row of the {@code api_keys} table; the two lists are newline-separated text. */
@MappedEntity("api_keys")
public record ApiKeyRow(@Id @GeneratedValue @Nullable Long id, Long userId, String name, String keyHash,
                        String prefix, String last4, boolean enabled, @Nullable Instant expiresAt,
                        String allowedModels, String allowedCidrs, Instant createdAt, @Nullable Instant lastUsedAt) {

    @Override
    public String toString() {
        return "ApiKeyRow[id=" + id + ", userId=" + userId + ", prefix=" + prefix + "]";
    }
}
