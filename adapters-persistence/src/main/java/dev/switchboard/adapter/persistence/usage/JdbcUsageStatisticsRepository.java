package dev.switchboard.adapter.persistence.usage;

import dev.switchboard.adapter.persistence.support.PooledConnections;
import dev.switchboard.application.port.out.stats.UsageStatisticsRepository;
import dev.switchboard.domain.stats.DailyUsage;
import dev.switchboard.domain.stats.DayRange;
import dev.switchboard.domain.stats.ModelShare;
import dev.switchboard.domain.stats.TopUser;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** {@link UsageStatisticsRepository} on the daily rollups: a handful of rows per day, whatever the log size. */
@Singleton
class JdbcUsageStatisticsRepository implements UsageStatisticsRepository {

    private static final String DAYS = " WHERE epoch_day >= ? AND epoch_day <= ?";

    private final PooledConnections connections;
    private final DailyRollups rollups;

    JdbcUsageStatisticsRepository(PooledConnections connections, DailyRollups rollups) {
        this.connections = connections;
        this.rollups = rollups;
    }

    @Override
    public List<DailyUsage> daily(DayRange range) {
        return query("SELECT epoch_day, SUM(calls), SUM(prompt_tokens), SUM(completion_tokens), SUM(cost_nanos) "
                + "FROM usage_daily" + DAYS + " GROUP BY epoch_day ORDER BY epoch_day", range,
                rs -> new DailyUsage(LocalDate.ofEpochDay(rs.getLong(1)), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5)));
    }

    @Override
    public List<ModelShare> modelShare(DayRange range) {
        return query("SELECT model_id, SUM(calls) AS total_calls, SUM(cost_nanos) FROM usage_daily" + DAYS
                + " GROUP BY model_id ORDER BY total_calls DESC, model_id", range,
                rs -> new ModelShare(rs.getString(1), rs.getLong(2), rs.getLong(3)));
    }

    @Override
    public List<TopUser> topUsers(DayRange range, int limit) {
        return query("SELECT a.user_id, MAX(u.user_email), SUM(a.calls), SUM(a.tokens) AS total_tokens, "
                + "SUM(a.cost_nanos) FROM usage_daily_accounts a LEFT JOIN usage_log_users u ON u.user_id = a.user_id"
                + " WHERE a.epoch_day >= ? AND a.epoch_day <= ? GROUP BY a.user_id"
                + " ORDER BY total_tokens DESC, a.user_id LIMIT " + Math.max(1, limit), range,
                rs -> new TopUser(rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
    }

    @Override
    public long activeUsers(DayRange range) {
        return query("SELECT COUNT(DISTINCT user_id) FROM usage_daily_users" + DAYS, range, rs -> rs.getLong(1)).get(0);
    }

    @Override
    public long activeGuests(DayRange range) {
        return query("SELECT COUNT(DISTINCT ip_address) FROM usage_daily_guests" + DAYS, range,
                rs -> rs.getLong(1)).get(0);
    }

    @Override
    public void forgetDaysBefore(LocalDate firstKeptDay) {
        connections.inTransaction(c -> {
            for (String table : DailyRollups.TABLES) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE epoch_day < ?")) {
                    ps.setLong(1, firstKeptDay.toEpochDay());
                    ps.executeUpdate();
                }
            }
            // Days before it no longer add up in the rollups: the unfiltered total counts them row by row.
            UnfilteredTotal.recordDeletionBefore(c, firstKeptDay.atStartOfDay(rollups.zone()).toInstant());
            return null;
        });
    }

    private <T> List<T> query(String sql, DayRange range, RowStream.RowMapper<T> mapper) {
        return connections.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, range.first().toEpochDay());
                ps.setLong(2, range.last().toEpochDay());
                List<T> rows = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(mapper.map(rs));
                    }
                }
                return rows;
            }
        });
    }
}
