package dev.switchboard.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Registration settings (SPEC §17): sign-ups per IP and hour, and closed registration. */
@MicronautTest(transactional = false)
@Property(name = "switchboard.defaults.registrations-per-ip-hour", value = "5")
@Property(name = "switchboard.trusted-proxies", value = "127.0.0.1/32")
class RegistrationLimitTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private Api.Reply register(Api api, String email, String ip) {
        return api.send("POST", "/api/auth/register", null, "application/json",
                "{\"email\":\"" + email + "\",\"password\":\"pass-word-1\"}", Map.of("X-Forwarded-For", ip));
    }

    @Test
    void theSixthSignUpFromOneAddressInAnHourIs429AndFailedOnesDoNotCount() {
        Api api = new Api(server.getURI(), json);
        assertEquals(400, register(api, "not-an-email", "198.51.100.7").status());
        for (int i = 1; i <= 5; i++) {
            assertEquals(201, register(api, "r" + i + "@example.com", "198.51.100.7").status());
        }
        Api.Reply sixth = register(api, "r6@example.com", "198.51.100.7");
        assertEquals(429, sixth.status(), sixth.body());
        assertEquals("rate_limit_exceeded", sixth.error().get("type"));
        assertNotNull(sixth.header("Retry-After"));
        assertTrue(Integer.parseInt(sixth.header("Retry-After")) > 60, "the window is an hour");
        assertEquals(201, register(api, "r6@example.com", "198.51.100.8").status(), "another address may");
    }

    @Test
    void closedRegistrationIs403ButTheAdminStillCreatesUsers() {
        Api api = new Api(server.getURI(), json);
        String admin = api.adminToken();
        assertEquals(200, api.put("/api/admin/config", admin, "{\"registration\":\"closed\"}").status());
        try {
            Api.Reply refused = register(api, "closed@example.com", "198.51.100.20");
            assertEquals(403, refused.status(), refused.body());
            assertEquals("forbidden", refused.error().get("type"));
            Api.Reply created = api.post("/api/admin/users", admin,
                    "{\"email\":\"closed@example.com\",\"password\":\"pass-word-1\"}");
            assertEquals(201, created.status(), created.body());
            assertEquals(200, api.post("/api/auth/login", null,
                    "{\"email\":\"closed@example.com\",\"password\":\"pass-word-1\"}").status());
        } finally {
            api.put("/api/admin/config", admin, "{\"registration\":\"open\"}");
        }
    }
}
