package dev.switchboard.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.application.service.ipblock.BlockedAttemptService;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The blocklist seen from a client that connects directly (no trusted proxies configured). */
@MicronautTest(transactional = false)
class IpBlockingTest {

    private static final String[] USER_SIDE = {"/", "/login", "/register", "/index.html", "/api/auth/me",
            "/api/chat/models", "/v1/models", "/some/client/route", "/api//chat/models", "/admin/../api/chat/models"};

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    BlockedAttemptService attempts;

    Api api;
    String admin;
    final List<Long> rules = new ArrayList<>();

    @BeforeEach
    void setUp() {
        api = new Api(server.getURI(), json);
        admin = api.adminToken();
    }

    @AfterEach
    void unblockEverything() {
        rules.forEach(id -> api.delete("/api/admin/blocked-ips/" + id, admin));
    }

    /** The test client is this machine, over IPv4 or IPv6 loopback. */
    private void blockThisMachine() {
        for (String self : new String[] {"127.0.0.0/8", "::1"}) {
            Api.Reply r = api.post("/api/admin/blocked-ips", admin, "{\"ip_address\":\"" + self + "\",\"reason\":\"test\"}");
            assertEquals(201, r.status(), r.body());
            rules.add(((Number) r.map().get("id")).longValue());
        }
    }

    @Test
    void aBlockedClientGets403OnEveryUserSidePath() {
        blockThisMachine();
        for (String path : USER_SIDE) {
            Api.Reply r = api.get(path, null);
            assertEquals(403, r.status(), path);
            assertEquals(Map.of("type", "ip_blocked", "message", "access from your IP address is blocked"), r.error(), path);
        }
        Api.Reply login = api.post("/api/auth/login", null, "{\"email\":\"a@example.com\",\"password\":\"whatever1\"}");
        assertEquals(403, login.status());
        assertEquals(403, api.post("/api/auth/register", null, "{\"email\":\"b@example.com\",\"password\":\"whatever1\"}").status());
        assertEquals(403, api.post("/api/chat/completions", null, "{\"model\":\"m\",\"messages\":[]}").status());
        assertEquals(403, api.post("/v1/chat/completions", null, "{\"model\":\"m\",\"messages\":[]}").status());
        assertEquals(403, api.get("/api/auth/me", "not-even-a-valid-token").status(), "the blocklist comes before token checks");
    }

    @Test
    void theAdminSideKeepsWorkingForABlockedClient() {
        blockThisMachine();
        Api.Reply login = api.post("/api/auth/admin/login", null,
                "{\"username\":\"admin\",\"password\":\"admin-test-password\"}");
        assertEquals(200, login.status(), login.body());
        String token = (String) login.map().get("access_token");
        assertEquals(200, api.get("/api/admin/blocked-ips", token).status());
        assertEquals(200, api.get("/api/admin/config", token).status());
        Api.Reply me = api.get("/api/auth/admin/me", token);
        assertEquals(200, me.status(), "the console learns who is signed in without the user-side /api/auth/me");
        assertEquals("admin", me.map().get("username"));
        assertEquals(200, api.get("/health", null).status());
        for (String path : new String[] {"/admin", "/admin/blocked-ips", "/favicon.svg", "/assets/missing.js"}) {
            assertNotEquals(403, api.get(path, null).status(), path);
        }
    }

    @Test
    void everyBlockedRequestIsRecordedWithIpPathAndRule() throws Exception {
        blockThisMachine();
        String path = "/api/chat/unknown-" + java.util.UUID.randomUUID(); // blocked before routing: no 404
        api.get(path, null);
        api.send("POST", path, null, "application/json", "{}");
        api.get("/api/admin/config", admin); // never blocked, so never recorded
        attempts.flush();
        Map<String, Object> page = api.get("/api/admin/blocked-ips/attempts?size=500", admin).map();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> mine = ((List<Map<String, Object>>) page.get("items")).stream()
                .filter(i -> path.equals(i.get("path"))).toList();
        assertEquals(1, mine.size(), "one tally for this IP, path and rule in this minute: " + mine);
        Map<String, Object> tally = mine.get(0);
        assertEquals(2, ((Number) tally.get("count")).intValue());
        assertTrue(List.of("127.0.0.1", "::1").contains(tally.get("ip_address")), tally.toString());
        assertTrue(List.of("127.0.0.0/8", "::1").contains(tally.get("rule")), tally.toString());
        assertTrue(tally.containsKey("id") && tally.containsKey("created_at"));
        assertTrue(page.get("items").toString().contains("/api/admin/config") == false);
    }

    @Test
    void aForwardedForHeaderFromAnUntrustedPeerIsIgnored() {
        blockThisMachine();
        Api.Reply spoofed = api.send("GET", "/api/chat/models", null, null, null, Map.of("X-Forwarded-For", "8.8.8.8",
                "X-Real-IP", "8.8.4.4"));
        assertEquals(403, spoofed.status(), "a header cannot dodge the blocklist");
        unblockEverything();
        rules.clear();

        Api.Reply r = api.post("/api/admin/blocked-ips", admin, "{\"ip_address\":\"203.0.113.9\"}");
        rules.add(((Number) r.map().get("id")).longValue());
        Api.Reply framed = api.send("GET", "/api/chat/models", null, null, null, Map.of("X-Forwarded-For", "203.0.113.9"));
        assertNotEquals(403, framed.status(), "nor get someone else blocked");
    }

    @Test
    void unblockingAppliesAtOnce() {
        blockThisMachine();
        assertEquals(403, api.get("/login", null).status());
        unblockEverything();
        rules.clear();
        assertNotEquals(403, api.get("/login", null).status());
    }

    private long total() {
        return ((Number) api.get("/api/admin/blocked-ips/attempts", admin).map().get("total")).longValue();
    }
}
