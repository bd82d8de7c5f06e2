package dev.switchboard.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.switchboard.application.port.in.retention.RunRetentionUseCase;
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
@Property(name = "switchboard.retention.initial-delay", value = "2s")
class RetentionScheduleTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    UsageLogWriter writer;
    @Inject
    RunRetentionUseCase retention;
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
        for (int i = 0; i < 100 && retention.lastRun().isEmpty(); i++) {
            Thread.sleep(100);
        }
        Api api = new Api(server.getURI(), json);
        String admin = api.adminToken();
        Map<String, Object> run = (Map<String, Object>) api.get("/api/admin/stats", admin).map().get("retention");
        assertEquals(90, run.get("retention_days"));
        assertEquals(1, run.get("usage_rows_removed"));
        assertEquals(0, run.get("attempt_rows_removed"));
        assertEquals(1, ((Number) api.get("/api/admin/logs?model=m", admin).map().get("total")).intValue());
    }
}
