package dev.switchboard.adapter.persistence.support;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Plain JDBC connections from the pool, for batch writes, dynamic filters and streamed reads that
 * generated repositories do not express well. Unwraps Micronaut's contextual proxy (STACK_NOTES gotcha 11).
 */
@Singleton
public class PooledConnections {

    /** Work on a connection that may throw {@link SQLException}. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T apply(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;

    public PooledConnections(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    /** A connection the caller must close; for reads that outlive one method (streams). */
    public Connection open() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new DataAccessException("cannot open a database connection", e);
        }
    }

    public <T> T read(SqlWork<T> work) {
        try (Connection c = open()) {
            return work.apply(c);
        } catch (SQLException e) {
            throw new DataAccessException("database read failed: " + e.getMessage(), e);
        }
    }

    /** Runs {@code work} in one transaction: all of it is committed, or none of it. */
    public <T> T inTransaction(SqlWork<T> work) {
        try (Connection c = open()) {
            c.setAutoCommit(false);
            try {
                T result = work.apply(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new DataAccessException("database write failed: " + e.getMessage(), e);
        }
    }
}
