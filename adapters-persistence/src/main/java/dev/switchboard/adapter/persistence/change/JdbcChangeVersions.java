package dev.switchboard.adapter.persistence.change;

import dev.switchboard.adapter.persistence.support.PooledConnections;
import dev.switchboard.application.port.out.change.ChangeKind;
import dev.switchboard.application.port.out.change.ChangeVersions;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** {@link ChangeVersions} on {@code change_versions}: one row per kind, bumped in place (portable SQL). */
@Singleton
class JdbcChangeVersions implements ChangeVersions {

    private final PooledConnections connections;

    JdbcChangeVersions(PooledConnections connections) {
        this.connections = connections;
    }

    @Override
    public long bump(ChangeKind kind) {
        return connections.inTransaction(c -> {
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE change_versions SET version = version + 1 WHERE kind = ?")) {
                update.setString(1, kind.name());
                if (update.executeUpdate() == 0) {
                    try (PreparedStatement insert = c.prepareStatement(
                            "INSERT INTO change_versions (kind, version) VALUES (?, 1)")) {
                        insert.setString(1, kind.name());
                        insert.executeUpdate();
                    }
                    return 1L;
                }
            }
            try (PreparedStatement select = c.prepareStatement("SELECT version FROM change_versions WHERE kind = ?")) {
                select.setString(1, kind.name());
                try (ResultSet rs = select.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    @Override
    public Map<ChangeKind, Long> current() {
        return connections.read(c -> {
            Map<ChangeKind, Long> versions = new EnumMap<>(ChangeKind.class);
            try (PreparedStatement select = c.prepareStatement("SELECT kind, version FROM change_versions");
                 ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    Optional<ChangeKind> kind = known(rs.getString(1));
                    if (kind.isPresent()) {
                        versions.put(kind.get(), rs.getLong(2));
                    }
                }
            }
            return versions;
        });
    }

    /** A row written by a newer release may name a kind this one does not know: skipped. */
    private static Optional<ChangeKind> known(String name) {
        try {
            return Optional.of(ChangeKind.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
