package dev.switchboard.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import io.micronaut.context.annotation.Value;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the {@code /v1/messages} tests share: a user with an API key, the official Anthropic SDK pointed at the
 * running app (no retries, so every refusal is seen as it came), and the usage rows of a model.
 */
abstract class MessagesTestSupport extends UpstreamHttpTestSupport {

    static final String UPSTREAM_KEY = "sk-messages-upstream-0123456789";

    @Value("${switchboard.database-path}")
    String databasePath;

    /** A key's secret and id. */
    record Key(String secret, long id) {
    }

    Key newKey(String body) {
        String email = "msg-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String token = api.userToken(email, "user-password");
        Api.Reply r = api.post("/api/keys", token, body);
        assertEquals(201, r.status(), r.body());
        return new Key((String) r.map().get("key"), ((Number) r.map().get("id")).longValue());
    }

    Key newKey() {
        return newKey("{\"name\":\"claude-code\"}");
    }

    AnthropicClient client(String key) {
        return AnthropicOkHttpClient.builder().baseUrl("http://127.0.0.1:" + server.getPort()).apiKey(key)
                .maxRetries(0).build();
    }

    long addTyped(String type, String script, String model) {
        Api.Reply r = api.post("/api/admin/channels", admin, "{\"name\":\"" + type + "-" + script + "\",\"type\":\"" + type
                + "\",\"base_url\":\"" + upstream.baseUrl(script) + "\",\"api_key\":\"" + UPSTREAM_KEY + "\",\"model_id\":\""
                + model + "\",\"upstream_model\":\"" + type + "-upstream-model\"}");
        assertEquals(201, r.status(), r.body());
        return ((Number) r.map().get("id")).longValue();
    }

    List<Map<String, Object>> rows(String model, int expected) throws Exception {
        long deadline = System.currentTimeMillis() + 5000;
        while (true) {
            List<Map<String, Object>> rows = new ArrayList<>();
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + databasePath);
                 var ps = c.prepareStatement("SELECT * FROM chat_logs WHERE model_id = ? ORDER BY id")) {
                ps.setString(1, model);
                ResultSet rs = ps.executeQuery();
                while (rs.next()) {
                    Map<String, Object> row = new HashMap<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        row.put(rs.getMetaData().getColumnName(i), rs.getObject(i));
                    }
                    rows.add(row);
                }
            }
            if (rows.size() >= expected || System.currentTimeMillis() > deadline) {
                return rows;
            }
            Thread.sleep(50);
        }
    }

    /** endpoint, api_key_id, prompt, completion, cached, status. */
    static List<Object> usage(Map<String, Object> row) {
        return List.of(row.get("endpoint"), ((Number) row.get("api_key_id")).longValue(), row.get("prompt_tokens"),
                row.get("completion_tokens"), row.get("cached_tokens"), row.get("status"));
    }
}
