package dev.switchboard.adapter.persistence.ipblock;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;
import java.time.Instant;

/** Micronaut Data access to {@code blocked_attempts}. */
@JdbcRepository(dialect = Dialect.ANSI)
interface BlockedAttemptRowRepository extends PageableRepository<BlockedAttemptRow, Long> {

    /** At most {@code limit} of the oldest rows before the cutoff; portable to SQLite and PostgreSQL. */
    @Query("DELETE FROM blocked_attempts WHERE id IN "
            + "(SELECT id FROM blocked_attempts WHERE created_at < :cutoff ORDER BY id LIMIT :limit)")
    int deleteBatchOlderThan(Instant cutoff, int limit);
}
