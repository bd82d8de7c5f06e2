package dev.switchboard.adapter.redis;

import dev.switchboard.application.port.out.ratelimit.SignInAttemptLimiter;
import dev.switchboard.domain.ratelimit.RateDecision;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;

/** {@link SignInAttemptLimiter} shared by every instance, so guessing passwords round-robin gains nothing. */
public final class RedisSignInAttemptLimiter implements SignInAttemptLimiter {

    private final SlidingLog log;
    private final RedisOutage outage;
    private final SignInAttemptLimiter local;

    public RedisSignInAttemptLimiter(RedisCommands<String, String> redis, String prefix, Duration window,
                                     String instanceId, RedisOutage outage, SignInAttemptLimiter local) {
        this(redis, prefix + "signin:", instanceId, window, outage, local);
    }

    /**
     * The same kind of shared count under keys of its own ({@code prefix + namespace + ":"}): another limiter with
     * its own window, such as sign-ups per address and hour, must not share the sign-in throttle's keys.
     */
    public static RedisSignInAttemptLimiter inNamespace(String namespace, RedisCommands<String, String> redis,
                                                        String prefix, Duration window, String instanceId,
                                                        RedisOutage outage, SignInAttemptLimiter local) {
        return new RedisSignInAttemptLimiter(redis, prefix + namespace + ":", instanceId, window, outage, local);
    }

    private RedisSignInAttemptLimiter(RedisCommands<String, String> redis, String keyPrefix, String instanceId,
                                      Duration window, RedisOutage outage, SignInAttemptLimiter local) {
        this.log = new SlidingLog(redis, keyPrefix, window, instanceId);
        this.outage = outage;
        this.local = local;
    }

    @Override
    public RateDecision tryAcquire(String key, int maxAttempts) {
        return outage.guard(() -> log.tryAcquire(key, maxAttempts), () -> local.tryAcquire(key, maxAttempts));
    }

    @Override
    public void release(String key) {
        outage.guard(() -> log.release(key), () -> local.release(key));
    }

    @Override
    public int counted(String key) {
        return outage.guard(() -> log.count(key), () -> local.counted(key));
    }
}
