package dev.switchboard.adapter.persistence.user;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** Row of the {@code admins} table. */
@MappedEntity("admins")
public record AdminRow(@Id @GeneratedValue @Nullable Long id, String username, String passwordHash, Instant createdAt,
                       int tokenVersion) {
}
