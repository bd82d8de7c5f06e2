package dev.switchboard.adapter.persistence.quota;

import dev.switchboard.adapter.persistence.support.PooledConnections;
import dev.switchboard.application.port.out.quota.PeriodUsageRepository;
import dev.switchboard.domain.usage.UsageTotals;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** {@link PeriodUsageRepository} from the rollups {@code usage_daily_accounts} and {@code usage_daily_guests}. */
@Singleton
class JdbcPeriodUsageRepository implements PeriodUsageRepository {

    private static final String USERS = "SELECT user_id, SUM(calls), SUM(tokens), SUM(cost_nanos) "
            + "FROM usage_daily_accounts WHERE epoch_day >= ? GROUP BY user_id";
    private static final String GROUPS = "SELECT group_id, SUM(calls), SUM(tokens), SUM(cost_nanos) "
            + "FROM usage_daily_accounts WHERE epoch_day >= ? AND group_id <> 0 GROUP BY group_id";
    private static final String GUESTS = "SELECT ip_address, calls, tokens, 0 FROM usage_daily_guests WHERE epoch_day = ?";

    private final PooledConnections connections;

    JdbcPeriodUsageRepository(PooledConnections connections) {
        this.connections = connections;
    }

    @Override
    public Snapshot since(LocalDate monthStart, LocalDate today) {
        return connections.read(c -> {
            Map<Long, UsageTotals> users = new HashMap<>();
            Map<Long, UsageTotals> groups = new HashMap<>();
            Map<String, UsageTotals> guests = new HashMap<>();
            sums(c, USERS, monthStart.toEpochDay(), rs -> users.put(rs.getLong(1), totals(rs)));
            sums(c, GROUPS, monthStart.toEpochDay(), rs -> groups.put(rs.getLong(1), totals(rs)));
            sums(c, GUESTS, today.toEpochDay(), rs -> guests.put(rs.getString(1), totals(rs)));
            return new Snapshot(users, groups, guests);
        });
    }

    private static UsageTotals totals(ResultSet rs) throws SQLException {
        return new UsageTotals(rs.getLong(2), rs.getLong(3), rs.getLong(4));
    }

    private static void sums(Connection c, String sql, long epochDay, RowSink sink) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, epochDay);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.accept(rs);
                }
            }
        }
    }

    private interface RowSink {
        void accept(ResultSet rs) throws SQLException;
    }
}
