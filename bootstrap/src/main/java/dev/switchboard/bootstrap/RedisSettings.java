package dev.switchboard.bootstrap;

import java.util.Map;

/**
 * Turns {@code REDIS_URL} into Micronaut's Redis properties. Without it there is no {@code redis.*} property
 * at all, so no Redis bean exists and a single instance runs on memory alone.
 */
final class RedisSettings {

    private RedisSettings() {
    }

    static Map<String, Object> fromEnvironment(String url) {
        return fromEnvironment(url, null);
    }

    /** @param timeout {@code REDIS_TIMEOUT}, e.g. {@code 250ms} (the default) */
    static Map<String, Object> fromEnvironment(String url, String timeout) {
        if (url == null || url.isBlank()) {
            return Map.of();
        }
        String uri = url.strip();
        if (!uri.startsWith("redis://") && !uri.startsWith("rediss://")) {
            throw new IllegalArgumentException("REDIS_URL must start with redis:// or rediss:// (TLS)");
        }
        return Map.of(
                "redis.uri", uri,
                // Lettuce waits 60 s by default; a limited route must answer 503 within 300 ms instead.
                "redis.timeout", timeout == null || timeout.isBlank() ? "250ms" : timeout.strip(),
                // Micronaut's Redis indicator would turn /health DOWN during an outage; ours is in readiness only.
                "redis.health.enabled", false);
    }
}
