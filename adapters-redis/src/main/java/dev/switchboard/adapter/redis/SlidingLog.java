package dev.switchboard.adapter.redis;

import dev.switchboard.domain.ratelimit.RateDecision;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The rolling window of SPEC §5 on Redis: one sorted set per key holding the accepted requests (score = Redis
 * {@code TIME} in ms, member unique per request), checked and recorded in ONE Lua script, so N instances
 * racing for k free places get exactly k, and clocks of the instances do not matter. Scripts run by
 * {@code EVALSHA}; after a Redis restart or {@code SCRIPT FLUSH} ({@code NOSCRIPT}) once by {@code EVAL}.
 * Only a sliding log is exact: fixed buckets admit 2N across a boundary, token buckets N+1.
 */
final class SlidingLog {

    /** KEYS[1] window; ARGV window ms, limit, member. Returns -1 when taken, else ms until a place frees up. */
    static final String ACQUIRE = """
            local t = redis.call('TIME')
            local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
            local window = tonumber(ARGV[1])
            local limit = tonumber(ARGV[2])
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
            local count = redis.call('ZCARD', KEYS[1])
            if count < limit then
              redis.call('ZADD', KEYS[1], now, ARGV[3])
              redis.call('PEXPIRE', KEYS[1], window)
              return -1
            end
            local decisive = redis.call('ZRANGE', KEYS[1], count - limit, count - limit, 'WITHSCORES')
            return math.max(1, tonumber(decisive[2]) + window - now)
            """;

    /** KEYS[1] window; ARGV window ms. Returns the requests counted in the window ending now. */
    static final String COUNT = """
            local t = redis.call('TIME')
            local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
            return redis.call('ZCOUNT', KEYS[1], '(' .. (now - tonumber(ARGV[1])), '+inf')
            """;

    private static final String ACQUIRE_SHA = sha1(ACQUIRE);
    private static final String COUNT_SHA = sha1(COUNT);

    private final RedisCommands<String, String> redis;
    private final String prefix;
    private final String windowMillis;
    private final String instanceId;
    private final AtomicLong sequence = new AtomicLong();

    /**
     * @param prefix     put before every key, e.g. {@code "sb:rl:"}: several deployments (or test runs) share one Redis
     * @param instanceId unique per process, so two instances never write the same member
     */
    SlidingLog(RedisCommands<String, String> redis, String prefix, Duration window, String instanceId) {
        this.redis = redis;
        this.prefix = prefix;
        this.windowMillis = Long.toString(window.toMillis());
        this.instanceId = instanceId;
    }

    RateDecision tryAcquire(String key, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        String member = instanceId + ':' + sequence.incrementAndGet();
        long wait = run(ACQUIRE, ACQUIRE_SHA, prefix + key, windowMillis, Integer.toString(limit), member);
        return wait < 0 ? RateDecision.allow() : RateDecision.refuse(Duration.ofMillis(wait));
    }

    /** Gives back the most recent request of the key (taken but never used), like the in-memory window. */
    void release(String key) {
        redis.zpopmax(prefix + key);
    }

    int count(String key) {
        return (int) run(COUNT, COUNT_SHA, prefix + key, windowMillis);
    }

    /**
     * Loads both scripts and runs one read: the first real request then neither meets NOSCRIPT nor pays for
     * cold code paths — on a busy machine that first call can exceed the 250 ms command timeout.
     */
    void warmUp() {
        redis.scriptLoad(ACQUIRE);
        redis.scriptLoad(COUNT);
        count("warm-up");
    }

    private long run(String script, String sha, String key, String... args) {
        String[] keys = {key};
        Long result;
        try {
            result = redis.evalsha(sha, ScriptOutputType.INTEGER, keys, args);
        } catch (RedisNoScriptException e) {
            result = redis.eval(script, ScriptOutputType.INTEGER, keys, args);
        }
        return result == null ? 0 : result;
    }

    private static String sha1(String script) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(script.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is missing from this JVM", e);
        }
    }
}
