package dev.switchboard.adapter.persistence.channel;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

/** Micronaut Data access to {@code channels}. */
@JdbcRepository(dialect = Dialect.ANSI)
interface ChannelRowRepository extends CrudRepository<ChannelRow, Long> {

    List<ChannelRow> findAllOrderById();
}
