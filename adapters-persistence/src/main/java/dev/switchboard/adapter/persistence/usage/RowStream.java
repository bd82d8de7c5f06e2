package dev.switchboard.adapter.persistence.usage;

import dev.switchboard.adapter.persistence.support.SqlValues;
import io.micronaut.data.exceptions.DataAccessException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazy stream over a JDBC cursor: one row in memory at a time, whatever the result size. Closing the
 * stream closes the cursor and returns the connection. Runs in a read transaction, which gives a
 * consistent snapshot and lets PostgreSQL honour the fetch size instead of loading every row.
 */
final class RowStream {

    static final int FETCH_SIZE = 500;

    /** Maps the current row of a result set. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private RowStream() {
    }

    static <T> Stream<T> open(Connection c, String sql, List<Object> params, RowMapper<T> mapper) {
        try {
            c.setAutoCommit(false);
            PreparedStatement ps = c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            ps.setFetchSize(FETCH_SIZE);
            SqlValues.bindAll(ps, params);
            ResultSet rs = ps.executeQuery();
            Spliterator<T> rows = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
                    Spliterator.ORDERED | Spliterator.NONNULL) {
                @Override
                public boolean tryAdvance(Consumer<? super T> action) {
                    try {
                        if (!rs.next()) {
                            return false;
                        }
                        action.accept(mapper.map(rs));
                        return true;
                    } catch (SQLException e) {
                        throw new DataAccessException("reading the usage log failed: " + e.getMessage(), e);
                    }
                }
            };
            return StreamSupport.stream(rows, false).onClose(() -> close(c, ps, rs));
        } catch (SQLException e) {
            close(c, null, null);
            throw new DataAccessException("opening the usage log failed: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            close(c, null, null);
            throw e;
        }
    }

    private static void close(Connection c, PreparedStatement ps, ResultSet rs) {
        try (c; ps; rs) {
            c.rollback();
            c.setAutoCommit(true);
        } catch (SQLException e) {
            throw new DataAccessException("closing the usage log cursor failed", e);
        }
    }
}
