package dev.switchboard.adapter.persistence.retention;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Optional;

/** Micronaut Data access to {@code retention_runs}. */
@JdbcRepository(dialect = Dialect.ANSI)
interface RetentionRunRowRepository extends CrudRepository<RetentionRunRow, Long> {

    Optional<RetentionRunRow> findFirstOrderByStartedAtDesc();

    void deleteByStartedAtLessThan(Instant cutoff);
}
