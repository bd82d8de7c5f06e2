package dev.switchboard.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class BlockedIpApiTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    Api api;
    String admin;

    @BeforeEach
    void setUp() {
        api = new Api(server.getURI(), json);
        admin = api.adminToken();
    }

    private Api.Reply block(String ip, String reason) {
        String reasonJson = reason == null ? "null" : "\"" + reason + "\"";
        return api.post("/api/admin/blocked-ips", admin, "{\"ip_address\":\"" + ip + "\",\"reason\":" + reasonJson + "}");
    }

    @Test
    void blocksAnAddressOrRangeAndShowsItInCanonicalForm() {
        Api.Reply created = block("198.51.100.77/24", "scraper");
        assertEquals(201, created.status(), created.body());
        Map<String, Object> entry = created.map();
        assertEquals(List.of("created_at", "id", "ip_address", "reason"), entry.keySet().stream().sorted().toList());
        assertEquals("198.51.100.0/24", entry.get("ip_address"));
        assertEquals("scraper", entry.get("reason"));
        assertTrue(((String) entry.get("created_at")).matches("\\d{4}-\\d\\d-\\d\\dT.*(Z|[+-]\\d\\d:\\d\\d)"));

        Api.Reply v6 = block("2001:DB8:0:0::1", null);
        assertEquals(201, v6.status(), v6.body());
        assertEquals("2001:db8::1", v6.map().get("ip_address"));
        assertNull(v6.map().get("reason"));
        assertTrue(v6.body().contains("\"reason\":null"), v6.body());

        List<Object> all = api.get("/api/admin/blocked-ips", admin).list();
        assertTrue(all.stream().anyMatch(o -> "198.51.100.0/24".equals(((Map<?, ?>) o).get("ip_address"))));
        assertEquals("2001:db8::1", ((Map<?, ?>) all.get(0)).get("ip_address"), "newest first");
    }

    @Test
    void theSameRuleTwiceIsAConflict() {
        assertEquals(201, block("192.0.2.10", null).status());
        Api.Reply again = block("192.0.2.10/32", "again");
        assertEquals(409, again.status(), again.body());
        assertEquals("conflict", again.error().get("type"));
        assertTrue(((String) again.error().get("message")).contains("192.0.2.10"));
    }

    @Test
    void invalidAddressesAre400WithAClearMessage() {
        Map<String, String> cases = Map.of(
                "{\"ip_address\":\"10.0.0.0/33\"}", "/0 to /32",
                "{\"ip_address\":\"300.1.1.1\"}", "0-255",
                "{\"ip_address\":\"2001:db8::/129\"}", "/0 to /128",
                "{\"ip_address\":\"example.com\"}", "not an IPv4 address",
                "{\"ip_address\":\"\"}", "required",
                "{}", "required");
        cases.forEach((body, hint) -> {
            Api.Reply r = api.post("/api/admin/blocked-ips", admin, body);
            assertEquals(400, r.status(), body + " -> " + r.body());
            assertEquals("invalid_request", r.error().get("type"));
            assertTrue(((String) r.error().get("message")).contains(hint), body + " -> " + r.body());
        });
    }

    @Test
    void deletesOnceThenReportsNotFound() {
        long id = ((Number) block("192.0.2.200", null).map().get("id")).longValue();
        assertEquals(204, api.delete("/api/admin/blocked-ips/" + id, admin).status());
        Api.Reply again = api.delete("/api/admin/blocked-ips/" + id, admin);
        assertEquals(404, again.status());
        assertEquals("not_found", again.error().get("type"));
        assertFalse(api.get("/api/admin/blocked-ips", admin).body().contains("192.0.2.200"));
    }

    @Test
    void onlyAdminsMayUseIt() {
        assertEquals(401, api.get("/api/admin/blocked-ips", null).status());
        String user = api.userToken("blocklist-user@example.com", "long enough pw");
        assertEquals(403, api.get("/api/admin/blocked-ips", user).status());
        assertEquals(403, api.post("/api/admin/blocked-ips", user, "{\"ip_address\":\"1.2.3.4\"}").status());
        assertEquals(403, api.get("/api/admin/blocked-ips/attempts", user).status());
    }

    @Test
    void attemptsArePagedWithDefaultsAndLimits() {
        Map<String, Object> page = api.get("/api/admin/blocked-ips/attempts", admin).map();
        assertEquals(1, page.get("page"));
        assertEquals(50, page.get("size"));
        assertTrue(page.containsKey("items") && page.containsKey("total"));
        for (String bad : new String[] {"?page=0", "?size=0", "?size=501", "?page=x"}) {
            Api.Reply r = api.get("/api/admin/blocked-ips/attempts" + bad, admin);
            assertEquals(400, r.status(), bad + " -> " + r.body());
            assertEquals("invalid_request", r.error().get("type"));
        }
        assertEquals(500, api.get("/api/admin/blocked-ips/attempts?size=500", admin).map().get("size"));
    }
}
