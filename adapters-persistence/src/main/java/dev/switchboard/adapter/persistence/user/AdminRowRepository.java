package dev.switchboard.adapter.persistence.user;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

/** Micronaut Data access to {@code admins}. */
@JdbcRepository(dialect = Dialect.ANSI)
interface AdminRowRepository extends CrudRepository<AdminRow, Long> {

    Optional<AdminRow> findByUsername(String username);

    List<AdminRow> findAllOrderById();
}
