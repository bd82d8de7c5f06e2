package dev.switchboard.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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

/** Browser-side guards on every kind of answer, no-store on private ones, and a /health that tells little. */
@MicronautTest(transactional = false)
class SecurityHeadersTest {

    private static final String APP_POLICY = "default-src 'self'; img-src 'self' data: blob:; "
            + "style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; font-src 'self' data:; "
            + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(server.getURI(), json);
    }

    private static void assertGuarded(Api.Reply reply, String what) {
        assertEquals("nosniff", reply.header("X-Content-Type-Options"), what);
        assertEquals("DENY", reply.header("X-Frame-Options"), what);
        assertEquals("same-origin", reply.header("Referrer-Policy"), what);
        String csp = reply.header("Content-Security-Policy");
        assertNotNull(csp, what);
        assertTrue(csp.contains("frame-ancestors 'none'") && csp.startsWith("default-src 'self';"), what + ": " + csp);
    }

    @Test
    void everyKindOfAnswerCarriesTheGuards() {
        Map<String, Api.Reply> answers = Map.of(
                "page /", api.get("/", null),
                "client route /admin", api.get("/admin", null),
                "client route /login", api.get("/login", null),
                "api", api.get("/api/chat/models", null),
                "api error 401", api.get("/api/admin/channels", null),
                "api 404", api.get("/api/nope", null),
                "bad json 400", api.post("/api/auth/login", null, "{"),
                "docs", api.get("/docs/index.html", null),
                "docs assets", api.get("/swagger-ui/res/swagger-ui-bundle.js", null),
                "health", api.get("/health", null));
        answers.forEach((what, reply) -> assertGuarded(reply, what));
        assertEquals(APP_POLICY, answers.get("page /").header("Content-Security-Policy"));
        assertEquals(APP_POLICY, answers.get("client route /admin").header("Content-Security-Policy"));
        assertEquals(APP_POLICY, answers.get("api").header("Content-Security-Policy"));
    }

    @Test
    void theDocsPageMayRunOnlyItsOwnInlineScriptByHash() {
        for (String path : List.of("/docs", "/docs/", "/docs/index.html")) {
            Api.Reply docs = api.get(path, null);
            assertEquals(200, docs.status(), path);
            String csp = docs.header("Content-Security-Policy");
            assertTrue(csp.matches(".*script-src 'self' 'sha256-[A-Za-z0-9+/=]{44}';.*"), path + ": " + csp);
            assertTrue(!csp.contains("unsafe-inline';") || !csp.contains("script-src 'self' 'unsafe-inline'"), csp);
        }
    }

    @Test
    void tokensAccountAndAdminAnswersAreNeverStored() {
        String admin = api.adminToken();
        String user = api.userToken("no-store@example.com", "no-store-pass");
        List<Api.Reply> privateAnswers = List.of(
                api.post("/api/auth/admin/login", null, "{\"username\":\"admin\",\"password\":\"admin-test-password\"}"),
                api.post("/api/auth/login", null, "{\"email\":\"no-store@example.com\",\"password\":\"no-store-pass\"}"),
                api.get("/api/auth/me", user),
                api.get("/api/admin/config", admin),
                api.get("/api/admin/channels", null));
        for (Api.Reply reply : privateAnswers) {
            assertEquals("no-store", reply.header("Cache-Control"), reply.raw().uri().toString());
        }
        assertNull(api.get("/api/chat/models", null).header("Cache-Control"), "public answers are left alone");
    }

    @Test
    void healthShowsOnlyTheStatusUnlessAnAdminAsks() {
        String user = api.userToken("health-user@example.com", "health-pass");
        Api.Reply anonymous = api.get("/health", null);
        assertEquals(200, anonymous.status());
        assertEquals(Map.of("status", "UP"), anonymous.map());
        Api.Reply asUser = api.get("/health", user);
        assertEquals(Map.of("status", "UP"), asUser.map(), asUser.body());
        Api.Reply asAdmin = api.get("/health", api.adminToken());
        assertEquals(200, asAdmin.status());
        assertNotNull(asAdmin.map().get("details"), asAdmin.body());
    }
}
