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

    /** Sends {@code count} wrong sign-ins at once (each sees no pause yet), expecting 401 for every one. */
    private void failConcurrently(String ip, String path, String body, int count) {
        List<java.util.concurrent.CompletableFuture<java.net.http.HttpResponse<String>>> sent = new java.util.ArrayList<>();
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        for (int i = 0; i < count; i++) {
            sent.add(client.sendAsync(api.postRequest(path, null, body, Map.of("X-Forwarded-For", ip)),
                    java.net.http.HttpResponse.BodyHandlers.ofString()));
        }
        sent.forEach(f -> assertEquals(401, f.join().statusCode(), f.join().body()));
    }

    @Test
    void tenFailuresOnOneAccountFromOneIpThenA429WithRetryAfterForThatPairOnly() {
        api.userToken("throttled@example.com", "correct horse 1");
        failConcurrently("198.51.100.10", "/api/auth/login",
                "{\"email\":\"throttled@example.com\",\"password\":\"wrong password\"}", 10);
        Api.Reply refused = postAs("198.51.100.10", "/api/auth/login",
                "{\"email\":\"throttled@example.com\",\"password\":\"correct horse 1\"}");
        assertEquals(429, refused.status(), refused.body());
        int retryAfter = Integer.parseInt(refused.header("Retry-After"));
        assertTrue(retryAfter > 890 && retryAfter <= 900, "about 15 minutes: " + retryAfter);
        assertEquals("{\"error\": {\"type\": \"rate_limit_exceeded\", \"message\": \"您超过当前使用限制，请稍后再试\", \"retry_after\": "
                + retryAfter + "}}", refused.body());
        assertEquals(401, postAs("198.51.100.10", "/api/auth/login",
                "{\"email\":\"someone-else@example.com\",\"password\":\"any password\"}").status(),
                "other accounts from that IP are still simply checked");
        assertEquals(200, postAs("198.51.100.11", "/api/auth/login",
                "{\"email\":\"throttled@example.com\",\"password\":\"correct horse 1\"}").status(),
                "the owner from another IP gets in");
    }

    @Test
    void adminSignInIsThrottledToo() {
        // Guessing at another name, so the real admin account (used by the other tests) stays quick.
        failConcurrently("198.51.100.20", "/api/auth/admin/login", "{\"username\":\"root\",\"password\":\"not the password\"}", 10);
        Api.Reply refused = postAs("198.51.100.20", "/api/auth/admin/login",
                "{\"username\":\"root\",\"password\":\"not the password\"}");
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
