package dev.switchboard.adapter.persistence.usage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The exact number of rows in {@code chat_logs} without counting a million index entries (PostgreSQL needs
 * ~250 ms for that): the daily rollups hold the exact count of every day the log writer touched, and only
 * retention removes rows (oldest first) and rollup days (those before the cutoff's day). So: rows up to the end of
 * the day of the latest such cutoff are counted (a day's worth at most), every later day is summed from
 * {@code usage_daily}. The cutoff is kept in {@code system_config} by {@link #recordDeletionBefore}, in the
 * deleting transaction. Rows deleted any other way (by hand) would make this total wrong; don't.
 */
final class UnfilteredTotal {

    static final String WATERMARK_KEY = "usage_deleted_before";
    private static final String UPSERT = "INSERT INTO system_config (config_key, config_value, updated_at) "
            + "VALUES (?, ?, ?) ON CONFLICT (config_key) DO UPDATE SET "
            + "config_value = CASE WHEN system_config.config_value < excluded.config_value "
            + "THEN excluded.config_value ELSE system_config.config_value END, updated_at = excluded.updated_at";

    private UnfilteredTotal() {
    }

    static long count(Connection c, ZoneId zone) throws SQLException {
        Instant watermark = watermark(c);
        if (watermark == null) {
            return single(c, "SELECT COALESCE(SUM(calls), 0) FROM usage_daily", null, null);
        }
        LocalDate lastTouched = LocalDate.ofInstant(watermark, zone);
        Timestamp endOfLastTouched = Timestamp.from(lastTouched.plusDays(1).atStartOfDay(zone).toInstant());
        return single(c, "SELECT COUNT(*) FROM chat_logs WHERE created_at < ?", endOfLastTouched, null)
                + single(c, "SELECT COALESCE(SUM(calls), 0) FROM usage_daily WHERE epoch_day > ?", null,
                        lastTouched.toEpochDay());
    }

    /** Remembers that rows before {@code cutoff} were deleted; keeps the latest cutoff (values sort as text). */
    static void recordDeletionBefore(Connection c, Instant cutoff) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(UPSERT)) {
            ps.setString(1, WATERMARK_KEY);
            ps.setString(2, encode(cutoff));
            ps.setTimestamp(3, Timestamp.from(Instant.now()));
            ps.executeUpdate();
        }
    }

    /** Zero-padded epoch milliseconds, so text order is time order; instants before 1970 count as 1970 (later is safe). */
    static String encode(Instant cutoff) {
        return String.format("%019d", Math.max(0L, cutoff.toEpochMilli()));
    }

    private static Instant watermark(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT config_value FROM system_config WHERE config_key = ?")) {
            ps.setString(1, WATERMARK_KEY);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Instant.ofEpochMilli(Long.parseLong(rs.getString(1))) : null;
            }
        }
    }

    private static long single(Connection c, String sql, Timestamp time, Long day) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (time != null) {
                ps.setTimestamp(1, time);
            } else if (day != null) {
                ps.setLong(1, day);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
