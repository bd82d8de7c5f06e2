package dev.switchboard.adapter.persistence.user;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import java.time.Instant;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

/** Micronaut Data access to {@code users}. */
@JdbcRepository(dialect = Dialect.ANSI)
interface UserRowRepository extends CrudRepository<UserRow, Long> {

    Optional<UserRow> findByEmail(String email);

    List<UserRow> findAllOrderById();

    /** Moves {@code last_seen_at} forward only, so a late write never goes back in time. */
    @Query("UPDATE users SET last_seen_at = :seenAt WHERE id = :id AND (last_seen_at IS NULL OR last_seen_at < :seenAt)")
    void touch(Long id, Instant seenAt);
}
