package dev.switchboard.adapter.persistence.settings;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** Micronaut Data access to {@code system_config}. */
@JdbcRepository(dialect = Dialect.ANSI)
interface ConfigRowRepository extends CrudRepository<ConfigRow, String> {
}
