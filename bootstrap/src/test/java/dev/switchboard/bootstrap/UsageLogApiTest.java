package dev.switchboard.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.application.port.out.usage.UsageLogWriter;
import dev.switchboard.domain.channel.ChannelId;
import dev.switchboard.domain.usage.UsageLogEntry;
import dev.switchboard.domain.usage.UsageStatus;
import dev.switchboard.domain.user.UserId;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET /api/admin/logs and its CSV export, end to end; each test uses its own model name to stay apart. */
@MicronautTest(transactional = false)
class UsageLogApiTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    UsageLogWriter writer;
    @Inject
    java.time.Clock clock;

    Api api;
    String admin;

    @BeforeEach
    void setUp() {
        api = new Api(server.getURI(), json);
        admin = api.adminToken();
    }

    private static UsageLogEntry row(Instant t, String ip, Long user, String email, String model, Long channel,
                                     String channelName, UsageStatus status) {
        return new UsageLogEntry(null, t, ip, user == null ? null : new UserId(user), email, model,
                channel == null ? null : new ChannelId(channel), channelName, 12, 34, status, 567);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }

    private Map<String, Object> logs(String query) {
        Api.Reply r = api.get("/api/admin/logs?" + query, admin);
        assertEquals(200, r.status(), r.body());
        return r.map();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void findsRowsByEachFilterAndByAllTogetherWithExactlyTheSpecFields() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        writer.append(List.of(
                row(now.minusSeconds(30), "10.1.0.1", 7L, "Alice@example.com", "f-model", 3L, "main", UsageStatus.OK),
                row(now.minusSeconds(20), "10.1.0.2", null, null, "f-model", 3L, "main", UsageStatus.CANCELLED),
                row(now.minusSeconds(10), "10.2.0.1", 8L, "bob@example.com", "f-model", 4L, "backup",
                        UsageStatus.UPSTREAM_ERROR),
                row(now.minus(3, ChronoUnit.DAYS), "2001:db8::5", 7L, "alice@example.com", "f-model", null, null,
                        UsageStatus.NO_CAPACITY)));

        Map<String, Object> all = logs("model=f-model");
        assertEquals(4, ((Number) all.get("total")).intValue());
        assertEquals(1, all.get("page"));
        assertEquals(50, all.get("size"));
        Map<String, Object> newest = items(all).get(0);
        assertEquals(Set.of("id", "created_at", "ip_address", "user_id", "username", "model_id", "channel_id",
                "channel_name", "prompt_tokens", "completion_tokens", "status", "latency_ms", "api_key_id", "api_key_name",
                "cached_tokens", "reasoning_tokens", "endpoint", "cost", "group"),
                newest.keySet());
        assertEquals("10.2.0.1", newest.get("ip_address"));
        assertEquals("bob@example.com", newest.get("username"));
        assertEquals("upstream_error", newest.get("status"));
        assertEquals(567, newest.get("latency_ms"));
        assertTrue(((String) newest.get("created_at")).matches(".*T.*([+-]\\d\\d:\\d\\d|Z)$"));
        Map<String, Object> guest = items(all).get(1);
        assertNull(guest.get("username"));
        assertNull(guest.get("user_id"));

        assertEquals(2, total("model=f-model&user=ALICE"));
        assertEquals(1, total("model=f-model&ip=10.1.0.2"));
        assertEquals(2, total("model=f-model&ip=" + enc("10.1.0.0/16")));
        assertEquals(1, total("model=f-model&ip=" + enc("2001:db8::/32")));
        assertEquals(2, total("model=f-model&channel=3"));
        assertEquals(1, total("model=f-model&status=cancelled"));
        String today = LocalDate.now(clock).toString();
        assertEquals(3, total("model=f-model&start=" + today + "&end=" + today));
        assertEquals(1, total("model=f-model&end=" + LocalDate.now(clock).minusDays(1)));
        assertEquals(1, total("model=f-model&start=" + enc(now.minusSeconds(15).atZone(clock.getZone())
                .toOffsetDateTime().toString())));
        assertEquals(1, total("model=f-model&user=alice&ip=" + enc("10.0.0.0/8") + "&channel=3&status=ok&start="
                + today));
        assertEquals(0, total("model=f-model&user=alice&status=cancelled"));
        assertEquals(0, total("model=other-model"));
    }

    private int total(String query) {
        return ((Number) logs(query).get("total")).intValue();
    }

    @Test
    void pagesNewestFirstAndReportsTheTotal() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        for (int i = 0; i < 12; i++) {
            writer.append(List.of(row(now.minusSeconds(100 - i), "10.3.0." + i, null, null, "p-model", null, null,
                    UsageStatus.OK)));
        }
        Map<String, Object> second = logs("model=p-model&page=2&size=5");
        assertEquals(12, ((Number) second.get("total")).intValue());
        assertEquals(2, second.get("page"));
        assertEquals(5, second.get("size"));
        assertEquals(List.of("10.3.0.6", "10.3.0.5", "10.3.0.4", "10.3.0.3", "10.3.0.2"),
                items(second).stream().map(m -> m.get("ip_address")).toList());
        assertEquals(2, items(logs("model=p-model&page=3&size=5")).size());
        assertEquals(List.of(), items(logs("model=p-model&page=9&size=5")));
        assertEquals(0, items(logs("model=p-model&page=9&size=5")).size());
    }

    @Test
    void refusesBadParametersWithTheInvalidRequestEnvelope() {
        for (String q : new String[] {"size=0", "size=501", "page=0", "page=x", "ip=example.com", "ip=10.0.0.0/40",
                "start=yesterday", "end=2024-13-01", "status=done", "channel=abc", "start=2024-05-02&end=2024-05-01"}) {
            Api.Reply r = api.get("/api/admin/logs?" + q, admin);
            assertEquals(400, r.status(), q + " -> " + r.body());
            assertEquals("invalid_request", r.error().get("type"), q);
            if (!q.startsWith("size") && !q.startsWith("page")) {
                Api.Reply export = api.get("/api/admin/logs/export?" + q, admin);
                assertEquals(400, export.status(), q + " -> " + export.body());
                assertEquals("invalid_request", export.error().get("type"), q);
            }
        }
        assertEquals(500, ((Number) logs("size=500").get("size")).intValue());
    }

    @Test
    void onlyAdminsMaySeeTheLogs() {
        assertEquals(401, api.get("/api/admin/logs", null).status());
        assertEquals(401, api.get("/api/admin/logs/export", null).status());
        String user = api.userToken("logs-reader@example.com", "password123");
        assertEquals(403, api.get("/api/admin/logs", user).status());
        assertEquals(403, api.get("/api/admin/stats", user).status());
    }

    @Test
    void exportsTheFilteredRowsAsExcelFriendlyCsv() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        writer.append(List.of(
                row(now.minusSeconds(3), "10.4.0.1", 21L, "=cmd|' /C calc'!A0@evil.com", "x-model", 5L,
                        "渠道, \"主\"\r\nline two", UsageStatus.OK),
                row(now.minusSeconds(2), "10.4.0.2", 22L, "+sum@example.com", "x-model", 5L, "-minus", UsageStatus.OK),
                row(now.minusSeconds(1), "10.4.0.3", null, null, "x-model", null, "@at\tname", UsageStatus.CANCELLED)));
        Api.Reply r = api.get("/api/admin/logs/export?model=x-model", admin);
        assertEquals(200, r.status(), r.body());
        assertTrue(r.header("content-type").startsWith("text/csv"), r.header("content-type"));
        String disposition = r.header("content-disposition");
        assertTrue(disposition.matches("attachment; filename=\"usage-logs-\\d{8}-\\d{6}\\.csv\""), disposition);
        assertTrue(r.body().startsWith("\uFEFFid,created_at,ip_address,user_id,username,model_id,channel_id,"
                + "channel_name,prompt_tokens,completion_tokens,status,latency_ms,api_key_id,api_key_name,cached_tokens,reasoning_tokens,endpoint,cost,group\r\n"), r.body());
        String[] lines = r.body().substring(1).split("\r\n", -1);
        assertTrue(lines[1].matches("\\d+,[^,]+,10\\.4\\.0\\.3,,,x-model,,'@at\tname,12,34,cancelled,567,,,0,0,chat,,"), lines[1]);
        assertTrue(lines[2].matches("\\d+,[^,]+,10\\.4\\.0\\.2,22,'\\+sum@example\\.com,x-model,5,'-minus,12,34,ok,567,,,0,0,chat,,"),
                lines[2]);
        assertTrue(lines[3].endsWith(",10.4.0.1,21,'=cmd|' /C calc'!A0@evil.com,x-model,5,\"渠道, \"\"主\"\"")
                && lines[4].equals("line two\",12,34,ok,567,,,0,0,chat,,"), lines[3] + "|" + lines[4]);
        assertEquals("", lines[5]);
    }

    @Test
    void exportsAHeaderOnlyWhenNothingMatches() {
        Api.Reply r = api.get("/api/admin/logs/export?model=nothing-here", admin);
        assertEquals(200, r.status());
        assertEquals("\uFEFF" + "id,created_at,ip_address,user_id,username,model_id,channel_id,channel_name,"
                + "prompt_tokens,completion_tokens,status,latency_ms,api_key_id,api_key_name,cached_tokens,reasoning_tokens,endpoint,cost,group\r\n", r.body());
    }

}
