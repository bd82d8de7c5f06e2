package dev.switchboard.adapter.persistence.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.switchboard.adapter.persistence.support.PooledConnections;
import dev.switchboard.application.port.out.usage.UsageLogRepository;
import dev.switchboard.application.port.out.usage.UsageLogWriter;
import dev.switchboard.domain.stats.DailyUsage;
import dev.switchboard.domain.stats.DayRange;
import dev.switchboard.domain.usage.IpRange;
import dev.switchboard.domain.usage.PageRequest;
import dev.switchboard.domain.usage.UsageLogEntry;
import dev.switchboard.domain.usage.UsageLogFilter;
import dev.switchboard.domain.usage.UsageStatus;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Start-up upkeep on its own database (it rewrites rollups, which would disturb the shared contract tests),
 * run on SQLite and PostgreSQL by the concrete {@code @MicronautTest} subclasses.
 */
abstract class UsageLogMaintenanceChecks {

    @Inject
    PooledConnections connections;
    @Inject
    DailyRollups rollups;
    @Inject
    UsageLogWriter writer;
    @Inject
    UsageLogRepository logs;

    @Test
    void rebuildsTheRollupsInTheNewZoneWhenTheAppTimeZoneChanges() {
        // 01:00 in Shanghai on March 2nd is still March 1st in UTC.
        Instant t = Instant.parse("2011-03-01T17:00:00Z");
        writer.append(List.of(new UsageLogEntry(null, t, "10.0.0.1", null, null, "m", null, null, 3, 4,
                UsageStatus.OK, 1)));
        DayRange days = new DayRange(LocalDate.parse("2011-02-28"), LocalDate.parse("2011-03-03"));
        JdbcUsageStatisticsRepository stats = new JdbcUsageStatisticsRepository(connections, rollups);
        assertEquals(List.of(new DailyUsage(LocalDate.parse("2011-03-02"), 1, 3, 4)), stats.daily(days));

        DailyRollups utc = new DailyRollups(Clock.system(ZoneOffset.UTC));
        new UsageLogMaintenance(connections, utc).alignRollupZone();
        assertEquals(List.of(new DailyUsage(LocalDate.parse("2011-03-01"), 1, 3, 4)), stats.daily(days));

        new UsageLogMaintenance(connections, rollups).alignRollupZone();
        assertEquals(List.of(new DailyUsage(LocalDate.parse("2011-03-02"), 1, 3, 4)), stats.daily(days));
        assertEquals(1, stats.activeGuests(days));
    }

    @Test
    void givesRowsWrittenWithoutAnIpKeyTheirKeySoTheIpFilterFindsThem() {
        Instant t = Instant.parse("2012-05-05T05:00:00Z");
        connections.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO chat_logs (created_at, ip_address, model_id, "
                    + "status) VALUES (?, ?, 'legacy', 'ok')")) {
                for (String ip : new String[] {"198.51.100.20", "not-an-ip"}) {
                    ps.setTimestamp(1, Timestamp.from(t));
                    ps.setString(2, ip);
                    ps.addBatch();
                }
                return ps.executeBatch();
            }
        });
        UsageLogFilter byIp = new UsageLogFilter(null, null, null, IpRange.parse("198.51.100.0/24"), "legacy", null,
                null);
        assertEquals(0, logs.find(byIp, new PageRequest(1, 10)).total());
        new UsageLogMaintenance(connections, rollups).backfillIpKeys();
        assertEquals(1, logs.find(byIp, new PageRequest(1, 10)).total());
    }
}
