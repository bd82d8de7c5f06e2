package dev.switchboard.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** SPEC §17: a new ADMIN_PASSWORD at start-up ends every admin token issued under the old one. */
class AdminPasswordRotationTest {

    private static EmbeddedServer start(String database, String password) {
        return ApplicationContext.run(EmbeddedServer.class,
                Map.of("switchboard.database-path", database, "switchboard.admin.password", password), "test");
    }

    private static String login(Api api, String password) {
        Api.Reply r = api.post("/api/auth/admin/login", null,
                "{\"username\":\"admin\",\"password\":\"" + password + "\"}");
        assertEquals(200, r.status(), r.body());
        return (String) r.map().get("access_token");
    }

    @Test
    void anAdminTokenFromBeforeThePasswordChangedIsRefusedAfterTheRestart() {
        String database = "target/test-data/rotation-" + UUID.randomUUID() + "/chat.db";
        String oldToken;
        try (EmbeddedServer first = start(database, "first-password")) {
            Api api = new Api(first.getURI(), first.getApplicationContext().getBean(JsonMapper.class));
            oldToken = login(api, "first-password");
            assertEquals(200, api.get("/api/admin/users", oldToken).status());
        }
        try (EmbeddedServer same = start(database, "first-password")) {
            Api api = new Api(same.getURI(), same.getApplicationContext().getBean(JsonMapper.class));
            assertEquals(200, api.get("/api/admin/users", oldToken).status(), "an unchanged password keeps sessions");
        }
        try (EmbeddedServer second = start(database, "second-password")) {
            Api api = new Api(second.getURI(), second.getApplicationContext().getBean(JsonMapper.class));
            Api.Reply refused = api.get("/api/admin/users", oldToken);
            assertEquals(401, refused.status(), refused.body());
            assertEquals("unauthorized", refused.error().get("type"));
            assertEquals(200, api.get("/api/admin/users", login(api, "second-password")).status());
        }
    }
}
