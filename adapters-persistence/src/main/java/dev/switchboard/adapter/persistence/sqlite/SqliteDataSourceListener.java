package dev.switchboard.adapter.persistence.sqlite;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Applies {@link ReadOnlyFlagIgnoringDataSource} to SQLite data sources only; others pass untouched. */
@Singleton
@Order(Ordered.HIGHEST_PRECEDENCE)
class SqliteDataSourceListener implements BeanCreatedEventListener<DataSource> {

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        DataSource dataSource = event.getBean();
        return isSqlite(dataSource) ? new ReadOnlyFlagIgnoringDataSource(dataSource) : dataSource;
    }

    private static boolean isSqlite(DataSource dataSource) {
        try {
            return dataSource.isWrapperFor(org.sqlite.SQLiteDataSource.class)
                    || dataSource.toString().contains("jdbc:sqlite:")
                    || jdbcUrl(dataSource).startsWith("jdbc:sqlite:");
        } catch (SQLException e) {
            return false;
        }
    }

    private static String jdbcUrl(DataSource dataSource) {
        if (dataSource instanceof com.zaxxer.hikari.HikariDataSource hikari && hikari.getJdbcUrl() != null) {
            return hikari.getJdbcUrl();
        }
        return "";
    }
}
