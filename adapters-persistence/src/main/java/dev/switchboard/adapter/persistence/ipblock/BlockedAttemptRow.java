package dev.switchboard.adapter.persistence.ipblock;

import dev.switchboard.domain.ipblock.BlockedAttempt;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** Row of {@code blocked_attempts}: one (IP, path, rule, minute) tally; written by upsert, read for paging. */
@MappedEntity("blocked_attempts")
record BlockedAttemptRow(@Id @GeneratedValue @Nullable Long id, String ipAddress, String path, String rule,
                         Instant createdAt, long attemptCount) {

    BlockedAttempt toDomain() {
        return new BlockedAttempt(id, ipAddress, path, rule, createdAt, attemptCount);
    }
}
