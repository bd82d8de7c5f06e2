package dev.switchboard.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.application.port.out.usage.UsageLogWriter;
import dev.switchboard.domain.usage.UsageLogEntry;
import dev.switchboard.domain.usage.UsageStatus;
import dev.switchboard.domain.user.UserId;
import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** GET /api/admin/stats end to end, in a non-UTC app time zone; period edges are unit-tested with fixed clocks. */
@MicronautTest(transactional = false)
@Property(name = "switchboard.timezone", value = "Asia/Shanghai")
class StatisticsApiTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    UsageLogWriter writer;
    @Inject
    Clock clock;

    private UsageLogEntry call(Instant t, Long user, String ip, String model, int prompt, int completion) {
        return new UsageLogEntry(null, t, ip, user == null ? null : new UserId(user),
                user == null ? null : "s" + user + "@example.com", model, null, null, prompt, completion,
                UsageStatus.OK, 10);
    }

    @Test
    @SuppressWarnings("unchecked")
    void answersTheSpecShapeWithTodaysFiguresAndAZeroFilledTrend() {
        assertEquals("Asia/Shanghai", clock.getZone().getId());
        Instant now = clock.instant();
        writer.append(List.of(call(now, 1L, "10.0.0.1", "gpt-4o", 100, 10), call(now, 1L, "10.0.0.1", "gpt-4o", 1, 1),
                call(now, null, "10.0.0.2", "deepseek-r1", 5, 5), call(now, null, "10.0.0.3", "gpt-4o", 0, 0),
                call(now.minus(Duration.ofDays(40)), 2L, "10.0.0.4", "old", 9, 9)));
        Api api = new Api(server.getURI(), json);
        Api.Reply r = api.get("/api/admin/stats", api.adminToken());
        assertEquals(200, r.status(), r.body());
        Map<String, Object> s = r.map();
        assertTrue(s.keySet().containsAll(Set.of("calls", "tokens", "model_share", "trend", "active_users",
                "active_guests", "retention")), s.keySet().toString());
        Map<String, Object> calls = (Map<String, Object>) s.get("calls");
        assertEquals(Set.of("today", "week", "month"), calls.keySet());
        assertEquals(4, calls.get("today"));
        Map<String, Object> tokens = (Map<String, Object>) s.get("tokens");
        assertEquals(Map.of("prompt", 106, "completion", 16, "total", 122), tokens.get("today"));
        assertEquals(Map.of("today", 1, "week", 1, "month", 1), s.get("active_users"));
        assertEquals(Map.of("today", 2, "week", 2, "month", 2), s.get("active_guests"));
        assertEquals(List.of(Map.of("model", "gpt-4o", "calls", 3, "cost", 0),
                        Map.of("model", "deepseek-r1", "calls", 1, "cost", 0)),
                s.get("model_share"));
        List<Map<String, Object>> trend = (List<Map<String, Object>>) s.get("trend");
        LocalDate today = LocalDate.now(clock);
        assertEquals(7, trend.size());
        assertEquals(Map.of("date", today.minusDays(6).toString(), "calls", 0, "tokens", 0, "cost", 0), trend.get(0));
        assertEquals(Map.of("date", today.toString(), "calls", 4, "tokens", 122, "cost", 0), trend.get(6));
        assertNull(s.get("retention"));

        Map<String, Object> wide = api.get("/api/admin/stats?start=" + today.minusDays(60) + "&end=" + today,
                api.adminToken()).map();
        assertEquals(3, ((List<?>) wide.get("model_share")).size());
        assertEquals(Map.of("start", today.minusDays(60).toString(), "end", today.toString()),
                wide.get("model_share_range"));
        Api.Reply bad = api.get("/api/admin/stats?start=last-week", api.adminToken());
        assertEquals(400, bad.status());
        assertEquals("invalid_request", bad.error().get("type"));
    }
}
