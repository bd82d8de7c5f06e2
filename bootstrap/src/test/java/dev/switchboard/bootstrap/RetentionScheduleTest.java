package dev.switchboard.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.switchboard.application.port.out.usage.UsageLogWriter;
import dev.switchboard.domain.usage.UsageLogEntry;
import dev.switchboard.domain.usage.UsageStatus;
import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The scheduled job runs soon after start-up and the admin sees its result in the statistics. */
@MicronautTest(transactional = false)
@Property(name = "switchboard.retention.initial-delay", value = "1s")
@Property(name = "switchboard.retention.interval", value = "1s")
class RetentionScheduleTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    UsageLogWriter writer;
    @Inject
    Clock clock;

    @Test
    @SuppressWarnings("unchecked")
    void removesRowsPastTheRetentionSettingAndReportsTheRun() throws InterruptedException {
        Instant now = clock.instant();
        writer.append(List.of(
                new UsageLogEntry(null, now.minus(Duration.ofDays(91)), "10.0.0.1", null, null, "m", null, null, 1, 1,
                        UsageStatus.OK, 1),
                new UsageLogEntry(null, now.minus(Duration.ofDays(89)), "10.0.0.1", null, null, "m", null, null, 1, 1,
                        UsageStatus.OK, 1)));
        // Runs repeat every second here, so whichever run comes first after the insert removes the old row.
        Api api = new Api(server.getURI(), json);
        String admin = api.adminToken();
        int remaining = -1;
        for (int i = 0; i < 150 && remaining != 1; i++) {
            Thread.sleep(100);
            remaining = ((Number) api.get("/api/admin/logs?model=m", admin).map().get("total")).intValue();
        }
        assertEquals(1, remaining, "the 91-day-old row is gone, the 89-day-old one stays");
        Map<String, Object> run = (Map<String, Object>) api.get("/api/admin/stats", admin).map().get("retention");
        assertEquals(90, run.get("retention_days"));
        assertEquals(0, run.get("attempt_rows_removed"));
    }
}
