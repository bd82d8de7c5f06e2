package dev.switchboard.adapter.web.key;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.switchboard.adapter.web.support.ApiTime;
import dev.switchboard.domain.ipblock.CidrRange;
import dev.switchboard.domain.key.ApiKey;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.time.OffsetDateTime;
import java.util.List;

/** A key as every list shows it (SPEC §10): never the key itself, only {@code prefix} and {@code last4}. */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
record KeyResponse(long id, String name, String prefix, String last4, boolean enabled,
                   @Nullable OffsetDateTime expiresAt, List<String> allowedModels, List<String> allowedCidrs,
                   OffsetDateTime createdAt, @Nullable OffsetDateTime lastUsedAt) {

    static KeyResponse fromDomain(ApiKey k, ApiTime time) {
        return new KeyResponse(k.id().value(), k.name(), k.prefix(), k.last4(), k.enabled(), format(k.expiresAt(), time),
                k.allowedModels(), k.allowedCidrs().stream().map(CidrRange::toString).toList(),
                time.format(k.createdAt()), format(k.lastUsedAt(), time));
    }

    private static OffsetDateTime format(java.time.Instant instant, ApiTime time) {
        return instant == null ? null : time.format(instant);
    }
}
