package dev.switchboard.adapter.persistence.settings;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;

/** Micronaut Data access to {@code system_config}. */
@JdbcRepository(dialect = Dialect.ANSI)
interface ConfigRowRepository extends CrudRepository<ConfigRow, String> {

    /** Writes first, so a transaction starting with it takes SQLite's write lock (waiting) before it reads anything. */
    @Query("UPDATE system_config SET config_value = :configValue, updated_at = :updatedAt WHERE config_key = :configKey")
    long updateValue(String configKey, String configValue, Instant updatedAt);
}
