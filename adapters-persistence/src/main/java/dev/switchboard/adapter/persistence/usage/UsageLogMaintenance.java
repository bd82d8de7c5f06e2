package dev.switchboard.adapter.persistence.usage;

import dev.switchboard.adapter.persistence.support.PooledConnections;
import dev.switchboard.adapter.persistence.support.SqlValues;
import dev.switchboard.domain.usage.IpRange;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Before the port opens: gives rows written before migration V2 their {@code ip_key}, and rebuilds the
 * daily rollups when they were built in another time zone than today's {@code APP_TIMEZONE} (or never).
 */
@Singleton
class UsageLogMaintenance {

    private static final Logger LOG = LoggerFactory.getLogger(UsageLogMaintenance.class);
    private static final String ZONE_KEY = "usage_rollup_zone";
    private static final int BATCH = 1000;

    private final PooledConnections connections;
    private final DailyRollups rollups;

    UsageLogMaintenance(PooledConnections connections, DailyRollups rollups) {
        this.connections = connections;
        this.rollups = rollups;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        backfillIpKeys();
        alignRollupZone();
    }

    void alignRollupZone() {
        String zone = rollups.zone().getId();
        Optional<String> builtIn = connections.read(c -> storedZone(c));
        if (builtIn.isPresent() && builtIn.get().equals(zone)) {
            return;
        }
        connections.inTransaction(c -> {
            rollups.clear(c);
            return null;
        });
        Optional<Instant[]> span = connections.read(UsageLogMaintenance::logSpan);
        if (span.isPresent()) {
            LocalDate first = LocalDate.ofInstant(span.get()[0], rollups.zone());
            LocalDate last = LocalDate.ofInstant(span.get()[1], rollups.zone());
            LOG.info("Rebuilding usage rollups for {} to {} in time zone {} (were: {})", first, last, zone,
                    builtIn.orElse("none"));
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                LocalDate d = day;
                connections.inTransaction(c -> {
                    rollups.rebuildDay(c, d);
                    return null;
                });
            }
        }
        connections.inTransaction(c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM system_config WHERE config_key = ?");
                 PreparedStatement ins = c.prepareStatement(
                         "INSERT INTO system_config (config_key, config_value, updated_at) VALUES (?, ?, ?)")) {
                del.setString(1, ZONE_KEY);
                del.executeUpdate();
                ins.setString(1, ZONE_KEY);
                ins.setString(2, zone);
                ins.setTimestamp(3, Timestamp.from(Instant.now()));
                ins.executeUpdate();
            }
            return null;
        });
    }

    void backfillIpKeys() {
        long after = 0;
        int read;
        do {
            long from = after;
            long[] last = {after};
            read = connections.inTransaction(c -> {
                int n = 0;
                try (PreparedStatement select = c.prepareStatement("SELECT id, ip_address FROM chat_logs "
                        + "WHERE ip_key IS NULL AND id > ? ORDER BY id LIMIT " + BATCH);
                     PreparedStatement update = c.prepareStatement("UPDATE chat_logs SET ip_key = ? WHERE id = ?")) {
                    select.setLong(1, from);
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            n++;
                            last[0] = rs.getLong(1);
                            Optional<String> key = IpRange.keyOf(rs.getString(2));
                            if (key.isPresent()) {
                                update.setString(1, key.get());
                                update.setLong(2, last[0]);
                                update.addBatch();
                            }
                        }
                    }
                    update.executeBatch();
                }
                return n;
            });
            after = last[0];
        } while (read == BATCH);
    }

    private static Optional<String> storedZone(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT config_value FROM system_config WHERE config_key = ?")) {
            ps.setString(1, ZONE_KEY);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private static Optional<Instant[]> logSpan(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT MIN(created_at) AS first_at, MAX(created_at) AS last_at FROM chat_logs");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            Instant first = SqlValues.instant(rs, "first_at");
            return first == null ? Optional.empty() : Optional.of(new Instant[] {first, SqlValues.instant(rs, "last_at")});
        }
    }
}
