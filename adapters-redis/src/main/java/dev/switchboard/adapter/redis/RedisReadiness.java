package dev.switchboard.adapter.redis;

import dev.switchboard.application.port.out.health.ReadinessCheck;
import io.lettuce.core.RedisException;
import io.lettuce.core.api.StatefulRedisConnection;

/** Ready when Redis answers PING (within the connection's command timeout, ~250 ms). */
public final class RedisReadiness implements ReadinessCheck {

    private final StatefulRedisConnection<String, String> connection;

    public RedisReadiness(StatefulRedisConnection<String, String> connection) {
        this.connection = connection;
    }

    @Override
    public String name() {
        return "redis";
    }

    @Override
    public boolean ready() {
        try {
            return "PONG".equals(connection.sync().ping());
        } catch (RedisException e) {
            return false;
        }
    }
}
