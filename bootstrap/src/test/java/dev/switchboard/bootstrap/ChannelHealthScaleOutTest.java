package dev.switchboard.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Channel health on two instances sharing one database and Redis (SPEC §13, §15): a channel one instance takes
 * out is skipped by the other within a second, and the admin's enable on either puts it back for both.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChannelHealthScaleOutTest {

    private final String prefix = RedisTestSupport.prefix();
    private Instances instances;
    private MockUpstream upstream;
    private String admin;

    @BeforeAll
    void start() throws Exception {
        RedisTestSupport.requireSharedRedis();
        upstream = new MockUpstream();
        instances = new Instances(2, db -> {
            Map<String, Object> p = RedisTestSupport.instance(db, RedisTestSupport.SHARED_URI, prefix);
            p.put("redis.timeout", "2s");
            p.put("switchboard.defaults.guest-rpm", "100000");
            return p;
        });
        admin = instances.api(0).adminToken();
    }

    @AfterAll
    void stop() {
        if (instances != null) {
            instances.close();
        }
        if (upstream != null) {
            upstream.close();
        }
        RedisTestSupport.deleteKeys(prefix);
    }

    @Test
    void aChannelTakenOutOnOneInstanceIsSkippedByTheOtherAndTheAdminsEnableReachesBoth() {
        String model = Api.uniqueModel();
        long revoked = channel(model, "echo401", 1);
        channel(model, "ok", 0);
        awaitWithin(2000, () -> instances.api(1).get("/api/chat/models", null).body().contains(model));

        assertEquals(200, chat(0, model));
        awaitWithin(1000, () -> "auto_disabled".equals(status(1, revoked)));
        for (int i = 0; i < 3; i++) {
            assertEquals(200, chat(1, model));
        }
        assertEquals(1, upstream.calls("echo401"), "the other instance never tried it");

        assertEquals(200, instances.api(1).put("/api/admin/channels/" + revoked, admin, "{\"is_enabled\":true}").status());
        awaitWithin(1000, () -> List.of(status(0, revoked), status(1, revoked)).equals(List.of("enabled", "enabled")));
    }

    private long channel(String model, String script, int priority) {
        Api.Reply r = instances.api(0).post("/api/admin/channels", admin, "{\"name\":\"" + script + "\",\"base_url\":\""
                + upstream.baseUrl(script) + "\",\"api_key\":\"sk-scale-0123456789\",\"model_id\":\"" + model
                + "\",\"priority\":" + priority + "}");
        assertEquals(201, r.status(), r.body());
        return ((Number) r.map().get("id")).longValue();
    }

    private int chat(int instance, String model) {
        return instances.api(instance).post("/api/chat/completions", null, "{\"model\":\"" + model
                + "\",\"stream\":false,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}").status();
    }

    private String status(int instance, long id) {
        return (String) instances.api(instance).get("/api/admin/channels/" + id, admin).map().get("status");
    }

    private static void awaitWithin(long millis, BooleanSupplier condition) {
        long deadline = System.nanoTime() + millis * 1_000_000;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not true within " + millis + " ms");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
