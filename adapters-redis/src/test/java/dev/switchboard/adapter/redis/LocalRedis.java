package dev.switchboard.adapter.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The machine's Redis (127.0.0.1:6379) for tests, with a key prefix per run. Absent: the test is skipped with
 * the reason printed — but fails when {@code CI=true}, where Redis must be there.
 */
final class LocalRedis {

    static final String URI = System.getenv().getOrDefault("TEST_REDIS_URL", "redis://127.0.0.1:6379");

    private LocalRedis() {
    }

    static StatefulRedisConnection<String, String> connectOrSkip(RedisClient client) {
        try {
            client.setDefaultTimeout(Duration.ofSeconds(2));
            return client.connect();
        } catch (RuntimeException e) {
            String reason = "Redis is not reachable at " + URI + " (" + e.getClass().getSimpleName() + ")";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError(reason + ": CI requires it", e);
            }
            System.err.println("SKIPPED: " + reason);
            Assumptions.abort(reason);
            return null;
        }
    }

    static String prefix() {
        return "sbtest:" + UUID.randomUUID().toString().substring(0, 8) + ":";
    }
}
