package dev.switchboard.adapter.persistence.key;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import java.time.Instant;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** Micronaut Data access to {@code api_keys}. */
@JdbcRepository(dialect = Dialect.ANSI)
interface ApiKeyRowRepository extends CrudRepository<ApiKeyRow, Long> {

    Page<ApiKeyRow> findByUserId(Long userId, Pageable pageable);

    Page<ApiKeyRow> findAll(Pageable pageable);

    long countByUserId(Long userId);

    void deleteByUserId(Long userId);

    /** Moves {@code last_used_at} forward only, so a late write never goes back in time. */
    @Query("UPDATE api_keys SET last_used_at = :usedAt WHERE id = :id AND (last_used_at IS NULL OR last_used_at < :usedAt)")
    void touch(Long id, Instant usedAt);
}
