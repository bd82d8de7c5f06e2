package dev.switchboard.adapter.web.key;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.switchboard.adapter.web.support.ApiTime;
import dev.switchboard.application.port.in.key.CreatedKey;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.time.OffsetDateTime;
import java.util.List;

/** The 201 of a new key: the one and only answer that carries the full {@code key}. */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
record CreatedKeyResponse(long id, String name, String key, String prefix, String last4, boolean enabled,
                          @Nullable OffsetDateTime expiresAt, List<String> allowedModels, List<String> allowedCidrs,
                          OffsetDateTime createdAt, @Nullable OffsetDateTime lastUsedAt) {

    static CreatedKeyResponse of(CreatedKey created, ApiTime time) {
        KeyResponse k = KeyResponse.fromDomain(created.key(), time);
        return new CreatedKeyResponse(k.id(), k.name(), created.secret().value(), k.prefix(), k.last4(), k.enabled(),
                k.expiresAt(), k.allowedModels(), k.allowedCidrs(), k.createdAt(), k.lastUsedAt());
    }

    @Override
    public String toString() {
        return "CreatedKeyResponse[id=" + id + ", prefix=" + prefix + "]";
    }
}
