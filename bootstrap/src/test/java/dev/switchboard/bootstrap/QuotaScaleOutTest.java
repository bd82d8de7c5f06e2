package dev.switchboard.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Groups and quotas on two instances sharing one database and Redis (SPEC §14, §15): a group change made on one
 * applies to the next request on the other, and usage on one counts on the other from its next refresh of the
 * rollups (here every 200 ms), every call of the mock using 14 tokens.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuotaScaleOutTest {

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
            p.put("switchboard.defaults.user-rpm", "100000");
            p.put("switchboard.quota.refresh-interval", "200ms");
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
    void usageOnOneInstanceCountsOnTheOtherAndAGroupChangeReachesBoth() {
        String model = Api.uniqueModel();
        Api.Reply channel = instances.api(0).post("/api/admin/channels", admin, "{\"name\":\"ok\",\"base_url\":\""
                + upstream.baseUrl("ok") + "\",\"api_key\":\"sk-scale-0123456789\",\"model_id\":\"" + model
                + "\",\"rpm_limit\":100000}");
        assertEquals(201, channel.status(), channel.body());
        Api.Reply group = instances.api(0).post("/api/admin/groups", admin, "{\"name\":\"class-"
                + UUID.randomUUID().toString().substring(0, 6) + "\",\"member_monthly_token_quota\":41}");
        assertEquals(201, group.status(), group.body());
        long groupId = ((Number) group.map().get("id")).longValue();
        String email = "scale-" + UUID.randomUUID().toString().substring(0, 8) + "@school.example";
        String student = instances.api(0).userToken(email, "user-password");
        @SuppressWarnings("unchecked")
        long userId = ((Number) ((List<Map<String, Object>>) instances.api(0).get("/api/admin/users?q=" + email, admin)
                .map().get("items")).get(0).get("id")).longValue();
        assertEquals(200, instances.api(0).send("PATCH", "/api/admin/users/" + userId, admin, "application/json",
                "{\"group_id\":" + groupId + "}").status());
        awaitWithin(2000, () -> quota(1, student) != null);

        for (int i = 0; i < 3; i++) {
            assertEquals(200, chat(0, model, student), "call " + (i + 1));
        }
        assertEquals(429, chat(0, model, student));
        awaitWithin(3000, () -> chat(1, model, student) == 429);

        assertEquals(200, instances.api(1).put("/api/admin/groups/" + groupId, admin,
                "{\"member_monthly_token_quota\":1000}").status());
        awaitWithin(2000, () -> Long.valueOf(1000).equals(quota(0, student)));
        assertEquals(200, chat(0, model, student));
    }

    private Long quota(int instance, String token) {
        Object tokens = ((Map<?, ?>) instances.api(instance).get("/api/me/usage", token).map().get("quota")).get("tokens");
        return tokens == null ? null : ((Number) tokens).longValue();
    }

    private int chat(int instance, String model, String token) {
        return instances.api(instance).post("/v1/chat/completions", token, "{\"model\":\"" + model
                + "\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}").status();
    }

    private static void awaitWithin(long millis, BooleanSupplier condition) {
        long deadline = System.nanoTime() + millis * 1_000_000;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not true within " + millis + " ms");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
