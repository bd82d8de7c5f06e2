package dev.switchboard.adapter.persistence.usage;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** Micronaut Data access to {@code chat_logs}. */
@JdbcRepository(dialect = Dialect.ANSI)
interface ChatLogRowRepository extends CrudRepository<ChatLogRow, Long> {
}
