package dev.switchboard.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Health, Swagger UI, the SPA fallback and the envelope for Micronaut's own errors. */
@MicronautTest(transactional = false)
class PlatformTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(server.getURI(), json);
    }

    @Test
    void healthIsUpWhenTheDatabaseAnswers() {
        Api.Reply r = api.get("/health", null);
        assertEquals(200, r.status());
        assertEquals("UP", r.map().get("status"));
    }

    @Test
    void swaggerUiIsServedAtDocsWithTheBearerScheme() {
        Api.Reply docs = api.get("/docs", null);
        assertEquals(200, docs.status());
        assertTrue(docs.body().contains("swagger"), docs.body());
        Api.Reply spec = api.get("/swagger/switchboard-1.0.yml", null);
        assertEquals(200, spec.status());
        assertTrue(spec.body().contains("bearerAuth"));
        assertTrue(spec.body().contains("/api/admin/channels"));
        assertEquals(200, api.get("/swagger-ui/res/swagger-ui-bundle.js", null).status());
    }

    @Test
    void clientRoutesGetTheAppAndUnknownApiPathsAJson404() {
        for (String page : new String[] {"/", "/login", "/register", "/admin", "/admin/channels"}) {
            Api.Reply r = api.get(page, null);
            assertEquals(200, r.status(), page);
            assertTrue(r.body().contains("<div id=\"app\""), page);
        }
        for (String path : new String[] {"/", "/index.html", "/login", "/admin/channels"}) {
            // index.html is revalidated every time: a cached copy outlives an upgrade (or an IP block).
            assertEquals("no-cache", api.get(path, null).header("cache-control"), path);
        }
        for (String path : new String[] {"/api/nope", "/api", "/v1/nope", "/assets/missing.js"}) {
            Api.Reply r = api.get(path, null);
            assertEquals(404, r.status(), path);
            assertTrue(r.header("content-type").startsWith("application/json"), path);
            assertEquals("not_found", r.error().get("type"));
        }
    }

    @Test
    void aBrowserBehindASameHostReverseProxyIsNotRefused() {
        // nginx's default proxy Host is 127.0.0.1:8000 while the browser's Origin is the public site.
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(server.getURI().resolve("/api/auth/login"))
                .header("Origin", "https://chat.example.com")
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"email\":\"x@example.com\",\"password\":\"whatever1\"}"))
                .build();
        try {
            java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient()
                    .send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(401, r.statusCode(), "reaches the controller: " + r.body());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void micronautsOwnErrorsUseTheEnvelope() {
        Api.Reply wrongMethod = api.send("DELETE", "/api/auth/login", null, null, null);
        assertEquals(405, wrongMethod.status());
        assertEquals("method_not_allowed", wrongMethod.error().get("type"));

        Api.Reply wrongType = api.send("POST", "/api/auth/login", null, "text/plain", "hello");
        assertEquals(415, wrongType.status());
        assertEquals("unsupported_media_type", wrongType.error().get("type"));

        Api.Reply malformed = api.post("/api/auth/login", null, "{\"email\": ");
        assertEquals(400, malformed.status());
        assertEquals("invalid_request", malformed.error().get("type"));

        Api.Reply empty = api.post("/api/auth/register", null, "");
        assertEquals(400, empty.status(), empty.body());
        assertEquals("invalid_request", empty.error().get("type"));

        Api.Reply huge = api.post("/api/auth/register", null,
                "{\"email\":\"a@b.com\",\"password\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}");
        assertEquals(400, huge.status());
        assertEquals("invalid_request", huge.error().get("type"));

        for (Api.Reply r : new Api.Reply[] {wrongMethod, wrongType, malformed, empty, huge}) {
            assertFalse(r.body().contains("Exception") || r.body().contains("\tat "), r.body());
        }
    }
}
