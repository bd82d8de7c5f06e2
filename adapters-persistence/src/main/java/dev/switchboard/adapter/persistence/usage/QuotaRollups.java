package dev.switchboard.adapter.persistence.usage;

import dev.switchboard.domain.usage.UsageLogEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rollups quotas and the users' figures are read from (SPEC §14): calls, tokens and cost (nano-units) per day,
 * user and group ({@code usage_daily_accounts}, group 0 = none), and calls and tokens per day and guest IP
 * ({@code usage_daily_guests}). Part of {@link DailyRollups}' transaction; one upsert per key, not per row.
 */
final class QuotaRollups {

    private static final String ADD_GUEST = "INSERT INTO usage_daily_guests (epoch_day, ip_address, calls, tokens) "
            + "VALUES (?, ?, ?, ?) ON CONFLICT (epoch_day, ip_address) DO UPDATE SET "
            + "calls = usage_daily_guests.calls + excluded.calls, tokens = usage_daily_guests.tokens + excluded.tokens";
    private static final String ADD_ACCOUNT = "INSERT INTO usage_daily_accounts (epoch_day, user_id, group_id, calls, "
            + "tokens, cost_nanos) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (epoch_day, user_id, group_id) DO UPDATE SET "
            + "calls = usage_daily_accounts.calls + excluded.calls, "
            + "tokens = usage_daily_accounts.tokens + excluded.tokens, "
            + "cost_nanos = usage_daily_accounts.cost_nanos + excluded.cost_nanos";

    private QuotaRollups() {
    }

    static void add(Connection c, List<UsageLogEntry> entries, ZoneId zone) throws SQLException {
        Map<List<Object>, long[]> guests = new HashMap<>();
        Map<List<Object>, long[]> accounts = new HashMap<>();
        for (UsageLogEntry e : entries) {
            long day = LocalDate.ofInstant(e.createdAt(), zone).toEpochDay();
            long[] sums = e.userId() == null
                    ? guests.computeIfAbsent(List.of(day, e.ipAddress()), k -> new long[3])
                    : accounts.computeIfAbsent(List.of(day, e.userId().value(), e.groupId() == null ? 0L : e.groupId()),
                            k -> new long[3]);
            sums[0]++;
            sums[1] += e.totalTokens();
            sums[2] += e.costNanos() == null ? 0 : e.costNanos();
        }
        upsert(c, ADD_GUEST, guests, 2);
        upsert(c, ADD_ACCOUNT, accounts, 3);
    }

    /** Binds each key's parts, then the first {@code sums} of its calls, tokens and cost. */
    private static void upsert(Connection c, String sql, Map<List<Object>, long[]> rows, int sums) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Map.Entry<List<Object>, long[]> row : rows.entrySet()) {
                int i = 1;
                for (Object part : row.getKey()) {
                    ps.setObject(i++, part);
                }
                for (int s = 0; s < sums; s++) {
                    ps.setLong(i++, row.getValue()[s]);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
