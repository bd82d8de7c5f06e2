package dev.switchboard.adapter.persistence.support;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;

/**
 * Binds and reads values the portable way: instants as JDBC timestamps (SQLite stores epoch
 * milliseconds, PostgreSQL a TIMESTAMP), so comparisons happen on bound parameters, never SQL date functions.
 */
public final class SqlValues {

    private SqlValues() {
    }

    /** Binds {@code values} from parameter 1 on; returns the next free index. */
    public static int bindAll(PreparedStatement ps, List<?> values) throws SQLException {
        int i = 1;
        for (Object value : values) {
            bind(ps, i++, value);
        }
        return i;
    }

    public static void bind(PreparedStatement ps, int index, Object value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.NULL);
        } else if (value instanceof Instant instant) {
            ps.setTimestamp(index, Timestamp.from(instant));
        } else if (value instanceof String text) {
            ps.setString(index, text);
        } else if (value instanceof Long number) {
            ps.setLong(index, number);
        } else if (value instanceof Integer number) {
            ps.setInt(index, number);
        } else {
            throw new IllegalArgumentException("cannot bind " + value.getClass());
        }
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    public static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
