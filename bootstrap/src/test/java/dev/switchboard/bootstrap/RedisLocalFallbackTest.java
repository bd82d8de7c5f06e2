package dev.switchboard.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** RATE_LIMIT_ON_REDIS_FAILURE=local: while Redis is down this instance limits from its own memory — limited, never open. */
class RedisLocalFallbackTest {

    @Test
    void whileRedisIsDownChatsAreLimitedPerInstanceInsteadOfRefused() throws Exception {
        try (RedisTestSupport.PrivateRedis redis = new RedisTestSupport.PrivateRedis();
             MockUpstream upstream = new MockUpstream()) {
            redis.start();
            try (Instances instances = new Instances(1, db -> {
                Map<String, Object> p = RedisTestSupport.instance(db, redis.uri(), RedisTestSupport.prefix());
                p.put("switchboard.rate-limit.on-redis-failure", "local");
                p.put("switchboard.defaults.guest-rpm", 2);
                return p;
            })) {
                Api api = instances.api(0);
                String admin = api.adminToken();
                String model = Api.uniqueModel();
                api.addChannel(admin, model, upstream.baseUrl("ok"), "sk-test-0123456789", model, 1000);

                redis.stop();
                assertEquals(200, chat(api, model));
                assertEquals(200, chat(api, model));
                Api.Reply third = api.send("POST", "/api/chat/completions", null, "application/json", body(model),
                        Map.of("X-Forwarded-For", "203.0.113.60"));
                assertEquals(429, third.status(), third.body());
                assertEquals("rate_limit_exceeded", third.error().get("type"));
            }
        }
    }

    private static int chat(Api api, String model) {
        return api.send("POST", "/api/chat/completions", null, "application/json", body(model),
                Map.of("X-Forwarded-For", "203.0.113.60")).status();
    }

    private static String body(String model) {
        return "{\"model\":\"" + model + "\",\"stream\":false,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
    }
}
