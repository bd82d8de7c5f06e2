package dev.switchboard.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.application.testsupport.PostgresTestSchema;
import dev.switchboard.application.testsupport.RequiresPostgres;
import io.micronaut.context.annotation.Property;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The whole application on PostgreSQL (a schema of its own, migrated from empty): register, chat through the
 * mock upstream streamed and whole, then read the usage log and the statistics back through the admin API.
 */
@RequiresPostgres
@MicronautTest(transactional = false)
@Property(name = "switchboard.secret-key", value = "postgres-e2e-secret-key-0123456789abcdef")
@Property(name = "switchboard.encryption-key", value = "postgres-e2e-encryption-key")
class PostgresEndToEndTest extends UpstreamHttpTestSupport implements TestPropertyProvider {

    private PostgresTestSchema schema;

    @Inject
    DataSource dataSource;

    @Override
    public Map<String, String> getProperties() {
        schema = PostgresTestSchema.create();
        Map<String, String> properties = new HashMap<>(schema.properties());
        properties.put("switchboard.defaults.user-rpm", "1000");
        return properties;
    }

    @AfterAll
    void dropSchema() {
        if (schema != null) {
            schema.close();
        }
    }

    private static String chat(String model, boolean stream) {
        return "{\"model\":\"" + model + "\",\"stream\":" + stream
                + ",\"messages\":[{\"role\":\"user\",\"content\":\"Say hello\"}]}";
    }

    @Test
    void runsOnPostgresqlAndNotOnAnSqliteFile() throws Exception {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            assertEquals("PostgreSQL", c.getMetaData().getDatabaseProductName());
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT current_schema()")) {
                rs.next();
                assertEquals(schema.name(), rs.getString(1));
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void registersChatsAndReadsTheLogAndStatisticsBack() throws Exception {
        Api.Reply created = api.post("/api/admin/channels", admin, "{\"name\":\"pg-main\",\"base_url\":\""
                + upstream.baseUrl("ok") + "\",\"api_key\":\"sk-pg-secret-0123456789\",\"model_id\":\"pg-model\"}");
        assertEquals(201, created.status(), created.body());
        String user = api.userToken("Pg.User@example.com", "pg-password-123");

        Api.Reply whole = api.post("/api/chat/completions", user, chat("pg-model", false));
        assertEquals(200, whole.status(), whole.body());
        assertTrue(whole.body().contains("Hello world!"), whole.body());
        Api.Reply streamed = api.post("/api/chat/completions", user, chat("pg-model", true));
        assertEquals(200, streamed.status(), streamed.body());
        assertTrue(streamed.body().contains("[DONE]"), streamed.body());

        Map<String, Object> page = waitForRows("model=pg-model&user=PG.USER", 2);
        List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
        assertEquals(2, items.size(), page.toString());
        for (Map<String, Object> item : items) {
            assertEquals("pg.user@example.com", String.valueOf(item.get("username")).toLowerCase(java.util.Locale.ROOT), item.toString());
            assertEquals("pg-main", item.get("channel_name"));
            assertEquals("ok", item.get("status"));
        }
        Api.Reply csv = api.get("/api/admin/logs/export?model=pg-model", admin);
        assertEquals(200, csv.status(), csv.body());
        assertEquals(3, csv.body().strip().split("\n").length, csv.body());

        Map<String, Object> stats = api.get("/api/admin/stats", admin).map();
        assertEquals(2, ((Map<String, Object>) stats.get("calls")).get("today"), stats.toString());
        assertEquals(1, ((Map<String, Object>) stats.get("active_users")).get("today"), stats.toString());
        assertEquals(List.of(Map.of("model", "pg-model", "calls", 2, "cost", 0)), stats.get("model_share"));

        try (Connection c = schema.connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT api_key_cipher FROM channels")) {
            rs.next();
            assertFalse(rs.getString(1).contains("sk-pg-secret"), "channel keys are encrypted at rest");
        }
    }

    private Map<String, Object> waitForRows(String query, int expected) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 5000;
        while (true) {
            Api.Reply r = api.get("/api/admin/logs?" + query, admin);
            assertEquals(200, r.status(), r.body());
            Map<String, Object> page = r.map();
            if (((Number) page.get("total")).intValue() >= expected || System.currentTimeMillis() > deadline) {
                return page;
            }
            Thread.sleep(50);
        }
    }
}
