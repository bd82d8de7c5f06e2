package dev.switchboard.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RedisSettingsTest {

    @Test
    void withoutRedisUrlThereIsNoRedisPropertyAtAll() {
        assertTrue(RedisSettings.fromEnvironment(null).isEmpty());
        assertTrue(RedisSettings.fromEnvironment("  ").isEmpty());
    }

    @Test
    void aRedisUrlGivesTheUriAShortTimeoutAndNoHealthIndicator() {
        Map<String, Object> p = RedisSettings.fromEnvironment(" rediss://:secret@redis.example:6380/2 ");
        assertEquals("rediss://:secret@redis.example:6380/2", p.get("redis.uri"));
        assertEquals("250ms", p.get("redis.timeout"));
        assertEquals(false, p.get("redis.health.enabled"));
        assertEquals("1s", RedisSettings.fromEnvironment("redis://r:6379", "1s").get("redis.timeout"));
    }

    @Test
    void anotherSchemeIsAClearStartUpErrorThatDoesNotEchoThePassword() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RedisSettings.fromEnvironment("http://:hunter2@redis:6379"));
        assertTrue(e.getMessage().contains("REDIS_URL must start with redis://"));
        assertTrue(!e.getMessage().contains("hunter2"));
    }
}
