package dev.switchboard.adapter.persistence.usage;

import dev.switchboard.adapter.persistence.support.PooledConnections;
import dev.switchboard.application.port.out.usage.UsageLogWriter;
import dev.switchboard.domain.usage.IpRange;
import dev.switchboard.domain.usage.UsageLogEntry;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;

/** {@link UsageLogWriter} as one JDBC batch per call; the daily rollups change in the same transaction. */
@Singleton
class JdbcUsageLogWriter implements UsageLogWriter {

    private static final String INSERT = "INSERT INTO chat_logs (created_at, ip_address, ip_key, user_id, "
            + "user_email, model_id, channel_id, channel_name, prompt_tokens, completion_tokens, status, latency_ms, "
            + "api_key_id, api_key_name, cached_tokens, reasoning_tokens, endpoint, cost_nanos, group_id, group_name) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final PooledConnections connections;
    private final DailyRollups rollups;

    JdbcUsageLogWriter(PooledConnections connections, DailyRollups rollups) {
        this.connections = connections;
        this.rollups = rollups;
    }

    @Override
    public void append(List<UsageLogEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        connections.inTransaction(c -> {
            insertRows(c, entries);
            rollups.add(c, entries);
            return null;
        });
    }

    private static void insertRows(Connection c, List<UsageLogEntry> entries) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            for (UsageLogEntry e : entries) {
                ps.setTimestamp(1, Timestamp.from(e.createdAt()));
                ps.setString(2, e.ipAddress());
                ps.setString(3, IpRange.keyOf(e.ipAddress()).orElse(null));
                setLong(ps, 4, e.userId() == null ? null : e.userId().value());
                ps.setString(5, e.userEmail());
                ps.setString(6, e.modelId());
                setLong(ps, 7, e.channelId() == null ? null : e.channelId().value());
                ps.setString(8, e.channelName());
                ps.setInt(9, e.promptTokens());
                ps.setInt(10, e.completionTokens());
                ps.setString(11, e.status().wireName());
                ps.setLong(12, e.latencyMs());
                setLong(ps, 13, e.apiKeyId());
                ps.setString(14, e.apiKeyName());
                ps.setInt(15, e.cachedTokens());
                ps.setInt(16, e.reasoningTokens());
                ps.setString(17, e.endpoint().wireName());
                setLong(ps, 18, e.costNanos());
                setLong(ps, 19, e.groupId());
                ps.setString(20, e.groupName());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }
}
