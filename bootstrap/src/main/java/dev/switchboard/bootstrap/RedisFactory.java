package dev.switchboard.bootstrap;

import dev.switchboard.adapter.persistence.ratelimit.CaffeineRateLimiter;
import dev.switchboard.adapter.persistence.ratelimit.CaffeineSignInAttemptLimiter;
import dev.switchboard.adapter.redis.RedisChangeBroadcast;
import dev.switchboard.adapter.redis.RedisOutage;
import dev.switchboard.adapter.redis.RedisRateLimiter;
import dev.switchboard.adapter.redis.RedisReadiness;
import dev.switchboard.adapter.redis.RedisSignInAttemptLimiter;
import dev.switchboard.application.port.out.change.ChangeBroadcast;
import dev.switchboard.application.port.out.health.ReadinessCheck;
import dev.switchboard.application.port.out.ratelimit.RateLimiter;
import dev.switchboard.application.port.out.ratelimit.SignInAttemptLimiter;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

/**
 * With {@code REDIS_URL}: limits, the sign-in throttle and the sign-up budget shared by every instance, and the change
 * broadcast.
 */
@Factory
@Requires(property = "redis.uri")
class RedisFactory {

    /** Unique per process: members of the sliding logs and the sender of change messages. */
    @Singleton
    @Named("instance-id")
    String instanceId() {
        return UUID.randomUUID().toString().substring(0, 13);
    }

    /** {@code REDIS_PREFIX} with the one ':' that separates it from the keys. */
    @Singleton
    @Named("redis-prefix")
    String redisPrefix(@Value("${switchboard.redis.prefix:switchboard}") String prefix) {
        String trimmed = prefix.strip();
        return trimmed.endsWith(":") ? trimmed : trimmed + ":";
    }

    @Singleton
    RedisOutage redisOutage(@Value("${switchboard.rate-limit.on-redis-failure:closed}") String onFailure) {
        String mode = onFailure.strip().toLowerCase(Locale.ROOT);
        if (!mode.equals("closed") && !mode.equals("local")) {
            throw new IllegalArgumentException("RATE_LIMIT_ON_REDIS_FAILURE must be 'closed' (answer 503) or 'local'"
                    + " (per-instance limits while Redis is down), not '" + onFailure + "'");
        }
        return new RedisOutage(mode.equals("local"));
    }

    /** Built (and Redis warmed up) at start-up, not by the first chat. */
    @Context
    RateLimiter rateLimiter(StatefulRedisConnection<String, String> redis, RedisOutage outage, Clock clock,
                            @Named("redis-prefix") String prefix,
                            @Named("instance-id") String instanceId,
                            @Value("${switchboard.rate-limit.max-keys:200000}") long maxKeys) {
        RedisRateLimiter limiter = new RedisRateLimiter(redis.sync(), prefix, instanceId, outage,
                new CaffeineRateLimiter(clock, maxKeys));
        limiter.warmUp();
        return limiter;
    }

    @Singleton
    @Primary
    SignInAttemptLimiter signInAttemptLimiter(StatefulRedisConnection<String, String> redis, RedisOutage outage,
                                              Clock clock, @Named("redis-prefix") String prefix,
                                              @Named("instance-id") String instanceId,
                                              @Value("${switchboard.sign-in.window:15m}") Duration window,
                                              @Value("${switchboard.rate-limit.max-keys:200000}") long maxKeys) {
        return new RedisSignInAttemptLimiter(redis.sync(), prefix, window, instanceId, outage,
                new CaffeineSignInAttemptLimiter(clock, window, maxKeys));
    }

    /** Sign-ups per address and hour, counted across every instance (SPEC §17). */
    @Singleton
    @Named(AccountsFactory.SIGN_UPS)
    SignInAttemptLimiter signUpLimiter(StatefulRedisConnection<String, String> redis, RedisOutage outage, Clock clock,
                                       @Named("redis-prefix") String prefix, @Named("instance-id") String instanceId,
                                       @Value("${switchboard.rate-limit.max-keys:200000}") long maxKeys) {
        return RedisSignInAttemptLimiter.inNamespace("signup", redis.sync(), prefix, AccountsFactory.SIGN_UP_WINDOW,
                instanceId, outage, new CaffeineSignInAttemptLimiter(clock, AccountsFactory.SIGN_UP_WINDOW, maxKeys));
    }

    @Singleton
    ReadinessCheck redisReadiness(StatefulRedisConnection<String, String> redis) {
        return new RedisReadiness(redis);
    }

    @Singleton
    ChangeBroadcast changeBroadcast(StatefulRedisConnection<String, String> redis,
                                    StatefulRedisPubSubConnection<String, String> pubSub,
                                    @Named("redis-prefix") String prefix,
                                    @Named("instance-id") String instanceId) {
        return new RedisChangeBroadcast(redis, pubSub, prefix, instanceId);
    }
}
