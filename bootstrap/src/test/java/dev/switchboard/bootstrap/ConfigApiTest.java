package dev.switchboard.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class ConfigApiTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    @Test
    void startsWithTheConfiguredDefaultsAndAppliesChangesAtOnce() {
        Api api = new Api(server.getURI(), json);
        String admin = api.adminToken();
        Map<String, Object> initial = api.get("/api/admin/config", admin).map();
        assertEquals(Map.of("guest_rpm", 10, "user_rpm", 60, "log_retention_days", 90, "registration", "open",
                "registrations_per_ip_hour", 100000), limits(initial));

        Api.Reply put = api.put("/api/admin/config", admin, "{\"guest_rpm\":3,\"user_rpm\":30,\"log_retention_days\":7}");
        assertEquals(200, put.status(), put.body());
        assertEquals(Map.of("guest_rpm", 3, "user_rpm", 30, "log_retention_days", 7, "registration", "open",
                "registrations_per_ip_hour", 100000), limits(api.get("/api/admin/config", admin).map()));

        Api.Reply partial = api.put("/api/admin/config", admin, "{\"user_rpm\":31}");
        assertEquals(Map.of("guest_rpm", 3, "user_rpm", 31, "log_retention_days", 7, "registration", "open",
                "registrations_per_ip_hour", 100000), limits(partial.map()));
        Api.Reply closed = api.put("/api/admin/config", admin, "{\"registration\":\"closed\",\"registrations_per_ip_hour\":3}");
        assertEquals("closed", closed.map().get("registration"));
        assertEquals(3, closed.map().get("registrations_per_ip_hour"));
    }

    @Test
    void refusesOutOfRangeAndWronglyTypedValues() {
        Api api = new Api(server.getURI(), json);
        String admin = api.adminToken();
        for (String body : new String[] {"{\"guest_rpm\":0}", "{\"user_rpm\":100001}", "{\"log_retention_days\":3651}",
                "{\"guest_rpm\":\"ten\"}", "not json", "{\"registration\":\"maybe\"}",
                "{\"registrations_per_ip_hour\":0}"}) {
            Api.Reply r = api.put("/api/admin/config", admin, body);
            assertEquals(400, r.status(), body + " -> " + r.body());
            assertEquals("invalid_request", r.error().get("type"));
        }
    }

    /** The fields this test is about; the channel-health settings (SPEC §13) are ChannelHealthTest's, quotas QuotaHttpTest's. */
    private static Map<String, Object> limits(Map<String, Object> config) {
        Map<String, Object> limits = new java.util.HashMap<>(config);
        limits.keySet().removeAll(java.util.Set.of("auto_disable", "auto_disable_failures", "channel_probe_seconds",
                "currency", "user_monthly_token_quota", "guest_daily_token_quota"));
        return limits;
    }
}
