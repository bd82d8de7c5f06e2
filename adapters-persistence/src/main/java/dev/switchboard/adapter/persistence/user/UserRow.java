package dev.switchboard.adapter.persistence.user;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** Row of the {@code users} table. */
@MappedEntity("users")
public record UserRow(@Id @GeneratedValue @Nullable Long id, String email, String passwordHash, Instant createdAt,
                      boolean enabled, int tokenVersion, @Nullable Instant lastSeenAt, @Nullable Long groupId) {
}
