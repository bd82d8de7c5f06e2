package dev.switchboard.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A private Redis that the test stops and starts again: limited routes refuse quickly (never unlimited), the
 * admin side, health and static pages keep working, and the instance recovers without a restart.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RedisOutageTest {

    private RedisTestSupport.PrivateRedis redis;
    private Instances instances;
    private MockUpstream upstream;
    private Api api;
    private String admin;
    private String model;

    @BeforeAll
    void start() throws Exception {
        redis = new RedisTestSupport.PrivateRedis();
        redis.start();
        upstream = new MockUpstream();
        instances = new Instances(1, db -> RedisTestSupport.instance(db, redis.uri(), RedisTestSupport.prefix()));
        api = instances.api(0);
        admin = api.adminToken();
        model = Api.uniqueModel();
        api.addChannel(admin, model, upstream.baseUrl("ok"), "sk-test-0123456789", model, 1000);
    }

    @AfterAll
    void stop() throws Exception {
        if (instances != null) {
            instances.close();
        }
        if (upstream != null) {
            upstream.close();
        }
        if (redis != null) {
            redis.close();
        }
    }

    @Test
    void limitedRoutesRefuseFastWhileRedisIsDownAndEverythingRecoversByItself() throws Exception {
        assertEquals(200, chat().status());

        redis.stop();
        awaitStatus(503, 3000);
        for (int i = 0; i < 5; i++) {
            long started = System.nanoTime();
            Api.Reply refused = chat();
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertEquals(503, refused.status(), refused.body());
            assertEquals("rate_limiter_unavailable", refused.error().get("type"));
            assertEquals("5", refused.header("Retry-After"));
            assertTrue(millis < 300, "answered in " + millis + " ms");
        }
        Api.Reply login = api.post("/api/auth/login", null, "{\"email\":\"a@example.com\",\"password\":\"whatever-1\"}");
        assertEquals(503, login.status(), login.body());
        assertEquals(200, api.get("/api/admin/channels", admin).status());
        assertEquals(200, api.get("/api/admin/config", admin).status());
        Api.Reply health = api.get("/health", admin);
        assertEquals(200, health.status(), health.body());
        assertEquals(200, api.get("/health/liveness", null).status());
        Api.Reply readiness = api.get("/health/readiness", null);
        assertEquals(503, readiness.status(), readiness.body());
        assertTrue(readiness.body().contains("\"redis\":\"DOWN\""), readiness.body());
        assertEquals(200, api.get("/", null).status());

        redis.start();
        awaitStatus(200, 5000);
        assertEquals(200, api.get("/health/readiness", null).status());
    }

    private Api.Reply chat() {
        return api.send("POST", "/api/chat/completions", null, "application/json",
                "{\"model\":\"" + model + "\",\"stream\":false,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}",
                Map.of("X-Forwarded-For", "203.0.113.50"));
    }

    private void awaitStatus(int status, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        int last = -1;
        while (System.nanoTime() < deadline) {
            last = chat().status();
            if (last == status) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("chat never answered " + status + " within " + millis + " ms (last " + last + ")");
    }
}
