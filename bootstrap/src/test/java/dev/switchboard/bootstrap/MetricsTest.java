package dev.switchboard.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** /metrics: guarded by METRICS_TOKEN or an admin JWT, and carrying the series operators alert on. */
@MicronautTest(transactional = false)
@Property(name = "switchboard.metrics.token", value = "metrics-test-token-0123456789")
@Property(name = "switchboard.trusted-proxies", value = "127.0.0.1/32,::1/128")
class MetricsTest extends UpstreamHttpTestSupport {

    @Test
    void refusesAScrapeWithoutTheTokenOrAnAdmin() {
        Api.Reply anonymous = api.get("/metrics", null);
        assertEquals(401, anonymous.status());
        assertEquals("unauthorized", anonymous.error().get("type"));
        assertEquals(401, api.get("/metrics", "wrong-token").status());
        String user = api.userToken("metrics-reader@example.com", "password-1234");
        assertEquals(401, api.get("/metrics", user).status());
    }

    @Test
    void servesThePrometheusTextToTheTokenAndToAnAdmin() {
        Api.Reply withToken = api.get("/metrics", "metrics-test-token-0123456789");
        assertEquals(200, withToken.status(), withToken.body());
        assertTrue(withToken.header("Content-Type").startsWith("text/plain"));
        assertEquals(200, api.get("/metrics", admin).status());
    }

    @Test
    void carriesRequestRelayFailureRefusalQueueAndJvmSeries() {
        String ok = Api.uniqueModel();
        api.addChannel(admin, ok, upstream.baseUrl("ok"), "sk-test-0123456789", ok, 1000);
        String failing = Api.uniqueModel();
        api.addChannel(admin, failing, upstream.baseUrl("fail500"), "sk-test-0123456789", failing, 1000);
        api.put("/api/admin/config", admin, "{\"guest_rpm\":2,\"user_rpm\":60}");
        try {
            chat(ok, "198.51.100.7");
            chat(failing, "198.51.100.8");
            chat(ok, "198.51.100.9");
            chat(ok, "198.51.100.9");
            assertEquals(429, chat(ok, "198.51.100.9"));
        } finally {
            api.put("/api/admin/config", admin, "{\"guest_rpm\":10,\"user_rpm\":60}");
        }
        String text = api.get("/metrics", admin).body();
        for (String series : List.of("http_server_requests_seconds_count", "switchboard_relay_first_byte_seconds_bucket",
                "switchboard_relay_total_seconds_bucket", "switchboard_relay_requests_total{status=\"ok\"}",
                "switchboard_upstream_failures_total{kind=\"server_error\"", "switchboard_channel_failures_total",
                "switchboard_refusals_total{kind=\"rate_limit_exceeded\"}", "switchboard_usage_queue_depth",
                "switchboard_usage_dropped_total", "jvm_memory_used_bytes")) {
            assertTrue(text.contains(series), "missing " + series);
        }
        assertTrue(!text.contains("sk-test-0123456789"), "no key in metrics");
    }

    private int chat(String model, String ip) {
        return api.send("POST", "/api/chat/completions", null, "application/json",
                "{\"model\":\"" + model + "\",\"stream\":false,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}",
                Map.of("X-Forwarded-For", ip)).status();
    }
}
