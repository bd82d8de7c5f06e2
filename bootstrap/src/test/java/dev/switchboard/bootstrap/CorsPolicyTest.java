package dev.switchboard.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** CORS_ORIGINS as Application.main applies it: {@code *} never with credentials, a list exactly. */
class CorsPolicyTest {

    private static Api.Reply preflight(Api api, String origin) {
        return api.send("OPTIONS", "/api/chat/completions", null, null, null, Map.of(
                "Origin", origin, "Access-Control-Request-Method", "POST",
                "Access-Control-Request-Headers", "content-type,authorization"));
    }

    private static Api.Reply simpleGet(Api api, String origin) {
        return api.send("GET", "/api/chat/models", null, null, null, Map.of("Origin", origin));
    }

    @Test
    void aStarAllowsAnyOriginButNeverWithCredentials() {
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, CorsSettings.fromEnvironment("*"), "test")) {
            Api api = new Api(server.getURI(), server.getApplicationContext().getBean(JsonMapper.class));
            for (String origin : new String[] {"https://evil.example", "http://localhost:5173"}) {
                Api.Reply pre = preflight(api, origin);
                assertEquals(200, pre.status(), pre.body());
                assertEquals(origin, pre.header("Access-Control-Allow-Origin"));
                assertNull(pre.header("Access-Control-Allow-Credentials"), "preflight from " + origin);
                Api.Reply get = simpleGet(api, origin);
                assertEquals(200, get.status());
                assertNull(get.header("Access-Control-Allow-Credentials"), "GET from " + origin);
            }
        }
    }

    @Test
    void aListAllowsExactlyThoseOrigins() {
        Map<String, Object> props = CorsSettings.fromEnvironment("https://app.example, http://localhost:5173");
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, props, "test")) {
            Api api = new Api(server.getURI(), server.getApplicationContext().getBean(JsonMapper.class));
            assertEquals("https://app.example", preflight(api, "https://app.example").header("Access-Control-Allow-Origin"));
            assertEquals("http://localhost:5173", simpleGet(api, "http://localhost:5173").header("Access-Control-Allow-Origin"));
            for (String other : new String[] {"https://evil.example", "https://app.example.evil.example",
                    "https://xapp.example", "http://app.example"}) {
                assertNull(preflight(api, other).header("Access-Control-Allow-Origin"), other);
                assertNull(simpleGet(api, other).header("Access-Control-Allow-Origin"), other);
            }
        }
    }
}
