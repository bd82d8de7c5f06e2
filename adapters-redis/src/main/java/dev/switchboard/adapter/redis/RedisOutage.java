package dev.switchboard.adapter.redis;

import dev.switchboard.application.error.RateLimiterUnavailableException;
import io.lettuce.core.RedisException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a limiter does when Redis does not answer: fail closed ({@link RateLimiterUnavailableException}, so
 * the route answers 503) or, when the operator chose {@code RATE_LIMIT_ON_REDIS_FAILURE=local}, count in this
 * instance's memory (up to N× the limit across N instances). Logs once when an outage starts and once when
 * it ends — never per request — and counts the requests decided without Redis.
 */
public final class RedisOutage {

    private static final Logger LOG = LoggerFactory.getLogger(RedisOutage.class);

    private final boolean localFallback;
    private final AtomicBoolean down = new AtomicBoolean();
    private final AtomicLong affected = new AtomicLong();
    private final AtomicLong outages = new AtomicLong();

    public RedisOutage(boolean localFallback) {
        this.localFallback = localFallback;
    }

    /** Runs {@code shared}; when Redis fails, {@code local} (fallback mode) or a refusal. */
    /** {@link #guard(Supplier, Supplier)} for work without a result. */
    void guard(Runnable shared, Runnable local) {
        guard(() -> {
            shared.run();
            return null;
        }, () -> {
            local.run();
            return null;
        });
    }

    <T> T guard(Supplier<T> shared, Supplier<T> local) {
        T result;
        try {
            result = shared.get();
        } catch (RedisException e) {
            affected.incrementAndGet();
            if (down.compareAndSet(false, true)) {
                outages.incrementAndGet();
                LOG.error("Redis is unreachable ({}): rate-limited routes {} until it is back", e.getClass().getSimpleName(),
                        localFallback ? "use this instance's memory (RATE_LIMIT_ON_REDIS_FAILURE=local)"
                                : "answer 503 rate_limiter_unavailable");
            }
            if (localFallback) {
                return local.get();
            }
            throw new RateLimiterUnavailableException();
        }
        if (down.compareAndSet(true, false)) {
            LOG.warn("Redis is reachable again: rate limits are shared again ({} requests were decided without it)",
                    affected.get());
        }
        return result;
    }

    public boolean isDown() {
        return down.get();
    }

    /** Requests that found Redis unreachable (refused, or limited locally), since start. */
    public long affectedRequests() {
        return affected.get();
    }

    /** Outages seen since start. */
    public long outages() {
        return outages.get();
    }
}
