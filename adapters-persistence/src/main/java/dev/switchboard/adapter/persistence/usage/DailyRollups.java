package dev.switchboard.adapter.persistence.usage;

import dev.switchboard.domain.usage.UsageLogEntry;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the per-day rollups ({@code usage_daily}, {@code usage_daily_users}, {@code usage_daily_guests},
 * {@code usage_daily_accounts}, see {@link QuotaRollups}; costs in nano-units)
 * in step with {@code chat_logs}, on the caller's connection and transaction. Days are days of the
 * app's time zone. Upserts use {@code ON CONFLICT}, which SQLite and PostgreSQL share.
 */
@Singleton
class DailyRollups {

    private static final String ADD_CALLS = "INSERT INTO usage_daily (epoch_day, model_id, calls, prompt_tokens, "
            + "completion_tokens, cost_nanos) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (epoch_day, model_id) DO UPDATE SET "
            + "calls = usage_daily.calls + excluded.calls, "
            + "prompt_tokens = usage_daily.prompt_tokens + excluded.prompt_tokens, "
            + "completion_tokens = usage_daily.completion_tokens + excluded.completion_tokens, "
            + "cost_nanos = usage_daily.cost_nanos + excluded.cost_nanos";
    private static final String ADD_USER = "INSERT INTO usage_daily_users (epoch_day, user_id) VALUES (?, ?) "
            + "ON CONFLICT DO NOTHING";
    private static final String ADD_EMAIL = "INSERT INTO usage_log_users (user_id, user_email) VALUES (?, ?) "
            + "ON CONFLICT DO NOTHING";

    static final List<String> TABLES = List.of("usage_daily", "usage_daily_users", "usage_daily_guests",
            "usage_daily_accounts");

    private final ZoneId zone;

    DailyRollups(Clock clock) {
        this.zone = clock.getZone();
    }

    ZoneId zone() {
        return zone;
    }

    /** Counts a batch of new rows into the rollups: one upsert per day and model, not per row. */
    void add(Connection c, List<UsageLogEntry> entries) throws SQLException {
        Map<DayModel, long[]> calls = new HashMap<>();
        Set<KeyedValue> users = new LinkedHashSet<>();
        Map<Long, String> emails = new HashMap<>();
        for (UsageLogEntry e : entries) {
            long day = LocalDate.ofInstant(e.createdAt(), zone).toEpochDay();
            long cost = e.costNanos() == null ? 0 : e.costNanos();
            long[] sums = calls.computeIfAbsent(new DayModel(day, e.modelId()), k -> new long[4]);
            sums[0]++;
            sums[1] += e.promptTokens();
            sums[2] += e.completionTokens();
            sums[3] += cost;
            if (e.userId() != null) {
                users.add(new KeyedValue(day, e.userId().value()));
                if (e.userEmail() != null) {
                    emails.putIfAbsent(e.userId().value(), e.userEmail());
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(ADD_CALLS)) {
            for (Map.Entry<DayModel, long[]> e : calls.entrySet()) {
                ps.setLong(1, e.getKey().day());
                ps.setString(2, e.getKey().model());
                ps.setLong(3, e.getValue()[0]);
                ps.setLong(4, e.getValue()[1]);
                ps.setLong(5, e.getValue()[2]);
                ps.setLong(6, e.getValue()[3]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        insertIgnoringDuplicates(c, ADD_USER, users);
        QuotaRollups.add(c, entries, zone);
        insertIgnoringDuplicates(c, ADD_EMAIL,
                emails.entrySet().stream().map(e -> new KeyedValue(e.getKey(), e.getValue())).toList());
    }

    /** Empties every rollup, before a rebuild in another zone. */
    void clear(Connection c) throws SQLException {
        for (String table : TABLES) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table)) {
                ps.executeUpdate();
            }
        }
    }

    /** Recomputes one day's rollups from {@code chat_logs}, e.g. after the app's time zone changed. */
    void rebuildDay(Connection c, LocalDate day) throws SQLException {
        long epochDay = day.toEpochDay();
        Timestamp from = Timestamp.from(day.atStartOfDay(zone).toInstant());
        Timestamp to = Timestamp.from(day.plusDays(1).atStartOfDay(zone).toInstant());
        for (String table : TABLES) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE epoch_day = ?")) {
                ps.setLong(1, epochDay);
                ps.executeUpdate();
            }
        }
        String range = " FROM chat_logs WHERE created_at >= ? AND created_at < ?";
        rebuild(c, "INSERT INTO usage_daily (epoch_day, model_id, calls, prompt_tokens, completion_tokens, cost_nanos) "
                + "SELECT CAST(? AS BIGINT), model_id, COUNT(*), SUM(prompt_tokens), SUM(completion_tokens), "
                + "COALESCE(SUM(cost_nanos), 0)"
                + range
                + " GROUP BY model_id", epochDay, from, to);
        rebuild(c, "INSERT INTO usage_daily_accounts (epoch_day, user_id, group_id, calls, tokens, cost_nanos) "
                + "SELECT CAST(? AS BIGINT), user_id, COALESCE(group_id, 0), COUNT(*), "
                + "SUM(prompt_tokens + completion_tokens), COALESCE(SUM(cost_nanos), 0)" + range
                + " AND user_id IS NOT NULL GROUP BY user_id, COALESCE(group_id, 0)", epochDay, from, to);
        rebuild(c, "INSERT INTO usage_daily_users (epoch_day, user_id) "
                + "SELECT DISTINCT CAST(? AS BIGINT), user_id" + range + " AND user_id IS NOT NULL", epochDay, from, to);
        rebuild(c, "INSERT INTO usage_daily_guests (epoch_day, ip_address, calls, tokens) "
                + "SELECT CAST(? AS BIGINT), ip_address, COUNT(*), SUM(prompt_tokens + completion_tokens)" + range
                + " AND user_id IS NULL GROUP BY ip_address", epochDay, from, to);
    }

    private static void rebuild(Connection c, String sql, long epochDay, Timestamp from, Timestamp to)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, epochDay);
            ps.setTimestamp(2, from);
            ps.setTimestamp(3, to);
            ps.executeUpdate();
        }
    }

    private static void insertIgnoringDuplicates(Connection c, String sql, Collection<KeyedValue> pairs)
            throws SQLException {
        if (pairs.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (KeyedValue pair : pairs) {
                ps.setLong(1, pair.key());
                ps.setObject(2, pair.value());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private record DayModel(long day, String model) {
    }


    /** A day with a user id or guest IP, or a user id with its email. */
    private record KeyedValue(long key, Object value) {
    }
}
