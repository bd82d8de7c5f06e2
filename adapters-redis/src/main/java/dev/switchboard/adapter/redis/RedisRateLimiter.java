package dev.switchboard.adapter.redis;

import dev.switchboard.application.port.out.ratelimit.RateLimiter;
import dev.switchboard.domain.ratelimit.RateDecision;
import dev.switchboard.domain.ratelimit.RollingWindow;
import io.lettuce.core.RedisException;
import io.lettuce.core.api.sync.RedisCommands;

/** {@link RateLimiter} shared by every instance: 60-second sliding logs on Redis (one network round trip per call). */
public final class RedisRateLimiter implements RateLimiter {

    private final SlidingLog log;
    private final RedisOutage outage;
    private final RateLimiter local;

    /** @param local this instance's windows, used only while Redis is down and the outage policy says so */
    public RedisRateLimiter(RedisCommands<String, String> redis, String prefix, String instanceId,
                            RedisOutage outage, RateLimiter local) {
        this.log = new SlidingLog(redis, prefix + "rl:", RollingWindow.ONE_MINUTE, instanceId);
        this.outage = outage;
        this.local = local;
    }

    @Override
    public RateDecision tryAcquire(String key, int limitPerMinute) {
        return outage.guard(() -> log.tryAcquire(key, limitPerMinute), () -> local.tryAcquire(key, limitPerMinute));
    }

    @Override
    public void release(String key) {
        outage.guard(() -> log.release(key), () -> local.release(key));
    }

    @Override
    public int inWindow(String key) {
        return outage.guard(() -> log.count(key), () -> local.inWindow(key));
    }

    /** Prepares Redis and this JVM for the first request; a Redis that is down now is no error here. */
    public void warmUp() {
        try {
            log.warmUp();
        } catch (RedisException e) {
            // the first request finds out, and the outage policy answers it
        }
    }

    @Override
    public boolean answersFromMemory() {
        return false;
    }
}
