package dev.switchboard.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.application.service.ipblock.BlockedAttemptService;
import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Behind a trusted reverse proxy (this machine): the forwarded client address is the one that counts. */
@MicronautTest(transactional = false)
@Property(name = "switchboard.trusted-proxies", value = "127.0.0.1/32, ::1/128")
class TrustedProxyTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    BlockedAttemptService attempts;

    Api api;
    String admin;

    @BeforeEach
    void setUp() {
        api = new Api(server.getURI(), json);
        admin = api.adminToken();
    }

    private Api.Reply getAs(String path, Map<String, String> headers) {
        return api.send("GET", path, null, null, null, headers);
    }

    private Api.Reply postAs(String ip, String path, String body) {
        return api.send("POST", path, null, "application/json", body, Map.of("X-Forwarded-For", ip));
    }

    @Test
    void theForwardedClientIsBlockedAndRecordedNotTheProxy() throws Exception {
        assertEquals(201, api.post("/api/admin/blocked-ips", admin, "{\"ip_address\":\"203.0.113.0/28\"}").status());
        assertEquals(403, getAs("/api/chat/models", Map.of("X-Forwarded-For", "203.0.113.9")).status());
        assertEquals(403, getAs("/api/chat/models", Map.of("X-Forwarded-For", "203.0.113.9, 127.0.0.1")).status(),
                "trusted hops on the right are skipped");
        assertEquals(403, getAs("/api/chat/models", Map.of("X-Real-IP", "203.0.113.9")).status());
        assertEquals(403, getAs("/api/chat/models", Map.of("X-Forwarded-For", "[::ffff:203.0.113.9]:5555")).status());
        assertNotEquals(403, getAs("/api/chat/models", Map.of("X-Forwarded-For", "203.0.113.99")).status());
        assertNotEquals(403, getAs("/api/chat/models", Map.of("X-Forwarded-For", "203.0.113.9, 198.51.100.1")).status(),
                "only the hop our proxy saw counts, not what the client wrote to the left of it");
        assertNotEquals(403, getAs("/api/chat/models", Map.of()).status(), "the proxy itself is not blocked");

        attempts.flush();
        @SuppressWarnings("unchecked")
        Map<String, Object> newest = ((List<Map<String, Object>>) api.get("/api/admin/blocked-ips/attempts?size=1", admin)
                .map().get("items")).get(0);
        assertEquals("203.0.113.9", newest.get("ip_address"));
        assertEquals("203.0.113.0/28", newest.get("rule"));
    }

    @Test
    void tenFailedUserSignInsFromOneIpThenA429WithRetryAfter() {
        api.userToken("throttled@example.com", "correct horse 1");
        String wrong = "{\"email\":\"throttled@example.com\",\"password\":\"wrong password\"}";
        for (int i = 0; i < 10; i++) {
            assertEquals(401, postAs("198.51.100.10", "/api/auth/login", wrong).status(), "failure " + (i + 1));
        }
        Api.Reply refused = postAs("198.51.100.10", "/api/auth/login",
                "{\"email\":\"someone-else@example.com\",\"password\":\"any password\"}");
        assertEquals(429, refused.status(), refused.body());
        int retryAfter = Integer.parseInt(refused.header("Retry-After"));
        assertTrue(retryAfter > 890 && retryAfter <= 900, "about 15 minutes: " + retryAfter);
        assertEquals("{\"error\": {\"type\": \"rate_limit_exceeded\", \"message\": \"您超过当前使用限制，请稍后再试\", \"retry_after\": "
                + retryAfter + "}}", refused.body());
        assertEquals(429, postAs("198.51.100.11", "/api/auth/login",
                "{\"email\":\"throttled@example.com\",\"password\":\"correct horse 1\"}").status(),
                "the account is throttled from every IP, even with the right password");
        assertEquals(401, postAs("198.51.100.12", "/api/auth/login",
                "{\"email\":\"unrelated@example.com\",\"password\":\"x\"}").status(),
                "other accounts from other IPs are still simply checked");
    }

    @Test
    void adminSignInIsThrottledToo() {
        // Guessing at another name, so the real admin account (used by the other tests) stays usable.
        String wrong = "{\"username\":\"root\",\"password\":\"not the password\"}";
        for (int i = 0; i < 10; i++) {
            assertEquals(401, postAs("198.51.100.20", "/api/auth/admin/login", wrong).status());
        }
        Api.Reply refused = postAs("198.51.100.20", "/api/auth/admin/login",
                "{\"username\":\"admin\",\"password\":\"admin-test-password\"}");
        assertEquals(429, refused.status());
        assertEquals("rate_limit_exceeded", refused.error().get("type"));
        assertEquals(refused.header("Retry-After"), String.valueOf(refused.error().get("retry_after")));
    }

    @Test
    void successfulSignInsNeverAddUp() {
        for (int i = 0; i < 15; i++) {
            assertEquals(200, postAs("198.51.100.30", "/api/auth/admin/login",
                    "{\"username\":\"admin\",\"password\":\"admin-test-password\"}").status());
        }
    }
}
