package dev.switchboard.adapter.persistence.retention;

import dev.switchboard.adapter.persistence.support.PooledConnections;
import dev.switchboard.application.port.out.retention.BlockedAttemptPurge;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;

/** {@link BlockedAttemptPurge} straight on {@code blocked_attempts}, one small batch per call. */
@Singleton
class JdbcBlockedAttemptPurge implements BlockedAttemptPurge {

    private static final String DELETE_OLD = "DELETE FROM blocked_attempts WHERE id IN "
            + "(SELECT id FROM blocked_attempts WHERE created_at < ? ORDER BY created_at LIMIT ?)";

    private final PooledConnections connections;

    JdbcBlockedAttemptPurge(PooledConnections connections) {
        this.connections = connections;
    }

    @Override
    public int deleteOlderThan(Instant cutoff, int batchSize) {
        return connections.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(DELETE_OLD)) {
                ps.setTimestamp(1, Timestamp.from(cutoff));
                ps.setInt(2, batchSize);
                return ps.executeUpdate();
            }
        });
    }
}
