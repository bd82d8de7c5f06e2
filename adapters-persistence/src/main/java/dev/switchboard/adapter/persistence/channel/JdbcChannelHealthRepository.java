package dev.switchboard.adapter.persistence.channel;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import dev.switchboard.application.port.out.channel.ChannelHealthRepository;
import dev.switchboard.domain.channel.AutoDisabled;
import dev.switchboard.domain.channel.ChannelError;
import dev.switchboard.domain.channel.ChannelId;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * {@link ChannelHealthRepository} on {@code channel_health} and {@code channel_errors} (portable SQL: SQLite and
 * PostgreSQL). Rows are only written for channels that still exist, so a failure reported while the admin
 * deletes its channel is dropped instead of breaking the foreign key. Runs in Micronaut's transactions (joining
 * the caller's, as the generated repositories do), on the connection they hold.
 */
@Singleton
class JdbcChannelHealthRepository implements ChannelHealthRepository {

    /** Micronaut's contextual data source: its connection is the current transaction's. */
    private final DataSource dataSource;

    JdbcChannelHealthRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @FunctionalInterface
    private interface Work<T> {
        T apply(Connection connection) throws SQLException;
    }

    private <T> T run(Work<T> work) {
        try {
            // not closed here: the connection belongs to the surrounding transaction
            return work.apply(dataSource.getConnection());
        } catch (SQLException e) {
            throw new DataAccessException("channel health: " + e.getMessage(), e);
        }
    }

    @Override
    @Transactional
    public List<AutoDisabled> findAutoDisabled() {
        return run(c -> {
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
    @Transactional
    public void markAutoDisabled(AutoDisabled disabled) {
        run(c -> {
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
    @Transactional
    public boolean clearAutoDisabled(ChannelId id) {
        return run(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM channel_health WHERE channel_id = ?")) {
                delete.setLong(1, id.value());
                return delete.executeUpdate() > 0;
            }
        });
    }

    @Override
    @Transactional
    public void addError(ChannelError error) {
        run(c -> {
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
    @Transactional
    public List<ChannelError> recentErrors(ChannelId id) {
        return run(c -> {
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
    @Transactional
    public void forget(ChannelId id) {
        run(c -> {
            try (PreparedStatement errors = c.prepareStatement("DELETE FROM channel_errors WHERE channel_id = ?");
                 PreparedStatement health = c.prepareStatement("DELETE FROM channel_health WHERE channel_id = ?")) {
                errors.setLong(1, id.value());
                health.setLong(1, id.value());
                return errors.executeUpdate() + health.executeUpdate();
            }
        });
    }
}
