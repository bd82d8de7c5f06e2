package dev.switchboard.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.application.service.ipblock.BlockedAttemptService;
import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** A flood from a blocked IP is stored as a handful of per-minute tallies, not a row per request. */
@MicronautTest(transactional = false)
@Property(name = "switchboard.trusted-proxies", value = "127.0.0.1/32, ::1/128")
class BlockedAttemptTallyTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    BlockedAttemptService attempts;

    @Test
    @SuppressWarnings("unchecked")
    void twoThousandBlockedRequestsBecomeAHandfulOfRowsWhoseCountsSumToTwoThousand() throws Exception {
        Api api = new Api(server.getURI(), json);
        String admin = api.adminToken();
        assertEquals(201, api.post("/api/admin/blocked-ips", admin, "{\"ip_address\":\"203.0.113.0/24\"}").status());
        HttpClient client = HttpClient.newHttpClient();
        for (int wave = 0; wave < 20; wave++) {
            List<CompletableFuture<HttpResponse<Void>>> sent = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                String path = i % 2 == 0 ? "/api/chat/models" : "/v1/models";
                HttpRequest request = HttpRequest.newBuilder(server.getURI().resolve(path))
                        .header("X-Forwarded-For", "203.0.113." + (1 + i % 2)).GET().build();
                sent.add(client.sendAsync(request, HttpResponse.BodyHandlers.discarding()));
            }
            sent.forEach(f -> assertEquals(403, f.join().statusCode()));
        }
        attempts.flush();

        Map<String, Object> page = api.get("/api/admin/blocked-ips/attempts?size=100", admin).map();
        List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
        long total = ((Number) page.get("total")).longValue();
        assertTrue(total >= 2 && total <= 8, "two (IP, path) pairs over at most a few minutes: " + items);
        assertEquals(total, items.size());
        assertEquals(2000L, items.stream().mapToLong(i -> ((Number) i.get("count")).longValue()).sum());
        for (Map<String, Object> item : items) {
            assertEquals("203.0.113.0/24", item.get("rule"));
            assertTrue(((String) item.get("created_at")).matches(".*T\\d\\d:\\d\\d:00(\\.0+)?(Z|[+-]\\d\\d:\\d\\d)"),
                    "the minute's start: " + item.get("created_at"));
        }
    }
}
