package dev.switchboard.adapter.persistence.ipblock;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

/** Micronaut Data access to {@code blocked_ips}. */
@JdbcRepository(dialect = Dialect.ANSI)
interface BlockedIpRowRepository extends CrudRepository<BlockedIpRow, Long> {

    List<BlockedIpRow> listOrderByIdDesc();
}
