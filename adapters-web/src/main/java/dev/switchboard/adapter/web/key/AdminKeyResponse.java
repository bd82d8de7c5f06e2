package dev.switchboard.adapter.web.key;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.switchboard.adapter.web.support.ApiTime;
import dev.switchboard.domain.key.ApiKey;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.time.OffsetDateTime;
import java.util.List;

/** A key in the admin's list: the key fields plus whose it is. */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
record AdminKeyResponse(long id, long userId, @Nullable String email, String name, String prefix, String last4,
                        boolean enabled, @Nullable OffsetDateTime expiresAt, List<String> allowedModels,
                        List<String> allowedCidrs, OffsetDateTime createdAt, @Nullable OffsetDateTime lastUsedAt) {

    static AdminKeyResponse of(ApiKey key, @Nullable String email, ApiTime time) {
        KeyResponse k = KeyResponse.fromDomain(key, time);
        return new AdminKeyResponse(k.id(), key.owner().value(), email, k.name(), k.prefix(), k.last4(), k.enabled(),
                k.expiresAt(), k.allowedModels(), k.allowedCidrs(), k.createdAt(), k.lastUsedAt());
    }
}
