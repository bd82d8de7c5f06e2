package dev.switchboard.adapter.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.TimeoutOptions;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * Makes an outage fast to notice: commands are rejected at once while the connection is down (Lettuce's
 * default queues them until it is back) and time out after {@code redis.timeout} (default 60 s in Lettuce),
 * so a limited route answers 503 within a few hundred milliseconds instead of hanging.
 */
@Singleton
@Requires(property = "redis.uri")
class RedisClientTuning implements BeanCreatedEventListener<RedisClient> {

    private final Duration timeout;

    RedisClientTuning(@Value("${redis.timeout:250ms}") Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public RedisClient onCreated(BeanCreatedEvent<RedisClient> event) {
        RedisClient client = event.getBean();
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(timeout))
                .build());
        return client;
    }
}
