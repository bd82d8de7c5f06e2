package dev.switchboard.adapter.persistence.channel;

import dev.switchboard.adapter.persistence.support.PooledConnections;
import dev.switchboard.application.port.out.channel.ChannelHealthRepository;
import dev.switchboard.domain.channel.AutoDisabled;
import dev.switchboard.domain.channel.ChannelError;
import dev.switchboard.domain.channel.ChannelId;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link ChannelHealthRepository} on {@code channel_health} and {@code channel_errors} (portable SQL: SQLite and
 * PostgreSQL). Rows are only written for channels that still exist, so a failure reported while the admin
 * deletes its channel is dropped instead of breaking the foreign key.
 */
@Singleton
class JdbcChannelHealthRepository implements ChannelHealthRepository {

    private final PooledConnections connections;

    JdbcChannelHealthRepository(PooledConnections connections) {
        this.connections = connections;
    }

    @Override
    public List<AutoDisabled> findAutoDisabled() {
        return connections.read(c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT channel_id, disabled_reason, disabled_at FROM channel_health");
                 ResultSet rs = select.executeQuery()) {
                List<AutoDisabled> found = new ArrayList<>();
                while (rs.next()) {
                    found.add(new AutoDisabled(new ChannelId(rs.getLong(1)), rs.getString(2),
                            rs.getTimestamp(3).toInstant()));
                }
                return found;
            }
        });
    }

    @Override
    public void markAutoDisabled(AutoDisabled disabled) {
        connections.inTransaction(c -> {
            try (PreparedStatement upsert = c.prepareStatement("INSERT INTO channel_health "
                    + "(channel_id, disabled_reason, disabled_at) SELECT id, ?, ? FROM channels WHERE id = ? "
                    + "ON CONFLICT (channel_id) DO UPDATE SET disabled_reason = EXCLUDED.disabled_reason, "
                    + "disabled_at = EXCLUDED.disabled_at")) {
                upsert.setString(1, disabled.reason());
                upsert.setTimestamp(2, Timestamp.from(disabled.at()));
                upsert.setLong(3, disabled.channelId().value());
                return upsert.executeUpdate();
            }
        });
    }

    @Override
    public boolean clearAutoDisabled(ChannelId id) {
        return connections.inTransaction(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM channel_health WHERE channel_id = ?")) {
                delete.setLong(1, id.value());
                return delete.executeUpdate() > 0;
            }
        });
    }

    @Override
    public void addError(ChannelError error) {
        connections.inTransaction(c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO channel_errors "
                    + "(channel_id, created_at, status, error_type, message) "
                    + "SELECT id, ?, ?, ?, ? FROM channels WHERE id = ?");
                 PreparedStatement prune = c.prepareStatement("DELETE FROM channel_errors WHERE channel_id = ? "
                         + "AND id NOT IN (SELECT id FROM channel_errors WHERE channel_id = ? ORDER BY id DESC LIMIT ?)")) {
                insert.setTimestamp(1, Timestamp.from(error.createdAt()));
                insert.setInt(2, error.status());
                insert.setString(3, error.type());
                insert.setString(4, error.message());
                insert.setLong(5, error.channelId().value());
                insert.executeUpdate();
                prune.setLong(1, error.channelId().value());
                prune.setLong(2, error.channelId().value());
                prune.setInt(3, ChannelError.KEPT_PER_CHANNEL);
                return prune.executeUpdate();
            }
        });
    }

    @Override
    public List<ChannelError> recentErrors(ChannelId id) {
        return connections.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT created_at, status, error_type, message "
                    + "FROM channel_errors WHERE channel_id = ? ORDER BY id DESC LIMIT ?")) {
                select.setLong(1, id.value());
                select.setInt(2, ChannelError.KEPT_PER_CHANNEL);
                List<ChannelError> found = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        found.add(new ChannelError(id, rs.getTimestamp(1).toInstant(), rs.getInt(2), rs.getString(3),
                                rs.getString(4)));
                    }
                }
                return found;
            }
        });
    }

    @Override
    public void forget(ChannelId id) {
        connections.inTransaction(c -> {
            try (PreparedStatement errors = c.prepareStatement("DELETE FROM channel_errors WHERE channel_id = ?");
                 PreparedStatement health = c.prepareStatement("DELETE FROM channel_health WHERE channel_id = ?")) {
                errors.setLong(1, id.value());
                health.setLong(1, id.value());
                return errors.executeUpdate() + health.executeUpdate();
            }
        });
    }
}
