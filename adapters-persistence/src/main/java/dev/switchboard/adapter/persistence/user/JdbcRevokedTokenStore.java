package dev.switchboard.adapter.persistence.user;

import dev.switchboard.adapter.persistence.support.PooledConnections;
import dev.switchboard.application.port.out.user.RevokedTokenStore;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** {@link RevokedTokenStore} on {@code revoked_tokens} (portable SQL: SQLite and PostgreSQL). */
@Singleton
class JdbcRevokedTokenStore implements RevokedTokenStore {

    private final PooledConnections connections;

    JdbcRevokedTokenStore(PooledConnections connections) {
        this.connections = connections;
    }

    @Override
    public void add(String tokenId, Instant expiresAt) {
        connections.inTransaction(c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO revoked_tokens (token_id, expires_at) "
                    + "VALUES (?, ?) ON CONFLICT (token_id) DO NOTHING")) {
                insert.setString(1, tokenId);
                insert.setTimestamp(2, Timestamp.from(expiresAt));
                return insert.executeUpdate();
            }
        });
    }

    @Override
    public Map<String, Instant> unexpired(Instant now) {
        return connections.read(c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT token_id, expires_at FROM revoked_tokens WHERE expires_at > ?")) {
                select.setTimestamp(1, Timestamp.from(now));
                Map<String, Instant> found = new HashMap<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        found.put(rs.getString(1), rs.getTimestamp(2).toInstant());
                    }
                }
                return found;
            }
        });
    }

    @Override
    public int deleteExpired(Instant now) {
        return connections.inTransaction(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM revoked_tokens WHERE expires_at <= ?")) {
                delete.setTimestamp(1, Timestamp.from(now));
                return delete.executeUpdate();
            }
        });
    }
}
