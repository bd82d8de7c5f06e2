package dev.switchboard.adapter.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.application.error.RateLimiterUnavailableException;
import dev.switchboard.application.fake.InMemoryRateLimiter;
import dev.switchboard.domain.ratelimit.RateDecision;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Redis sliding log against the machine's Redis: exact under concurrency, across "instances", after SCRIPT FLUSH. */
class SlidingLogTest {

    private static RedisClient client;
    private static StatefulRedisConnection<String, String> connection;
    private static String prefix;

    @BeforeAll
    static void connect() {
        client = RedisClient.create(LocalRedis.URI);
        connection = LocalRedis.connectOrSkip(client);
        prefix = LocalRedis.prefix();
    }

    @AfterAll
    static void cleanUp() {
        if (connection != null) {
            RedisCommands<String, String> redis = connection.sync();
            List<String> keys = redis.keys(prefix + "*");
            if (!keys.isEmpty()) {
                redis.del(keys.toArray(String[]::new));
            }
            connection.close();
        }
        client.shutdown();
    }

    @Test
    void threeInstancesRacingTwoHundredRequestsGetExactlyTheLimit() throws Exception {
        List<SlidingLog> instances = List.of(
                new SlidingLog(connection.sync(), prefix, Duration.ofMinutes(1), "a"),
                new SlidingLog(connection.sync(), prefix, Duration.ofMinutes(1), "b"),
                new SlidingLog(connection.sync(), prefix, Duration.ofMinutes(1), "c"));
        ExecutorService pool = Executors.newFixedThreadPool(30);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<RateDecision>> results = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            SlidingLog instance = instances.get(i % 3);
            results.add(pool.submit(() -> {
                start.await();
                return instance.tryAcquire("ip:192.0.2.1", 10);
            }));
        }
        start.countDown();
        int allowed = 0;
        for (Future<RateDecision> result : results) {
            RateDecision decision = result.get();
            if (decision.allowed()) {
                allowed++;
            } else {
                assertTrue(decision.retryAfterSeconds() >= 59, "wait until the oldest leaves: " + decision);
            }
        }
        pool.shutdown();
        assertEquals(10, allowed);
        assertEquals(10, instances.get(0).count("ip:192.0.2.1"));
    }

    @Test
    void aReleasedRequestFreesItsPlace() {
        SlidingLog log = new SlidingLog(connection.sync(), prefix, Duration.ofMinutes(1), "r");
        assertTrue(log.tryAcquire("user:1", 2).allowed());
        assertTrue(log.tryAcquire("user:1", 2).allowed());
        assertFalse(log.tryAcquire("user:1", 2).allowed());
        log.release("user:1");
        assertEquals(1, log.count("user:1"));
        assertTrue(log.tryAcquire("user:1", 2).allowed());
    }

    @Test
    void requestsLeaveTheWindowWhenItHasPassed() throws Exception {
        SlidingLog log = new SlidingLog(connection.sync(), prefix, Duration.ofMillis(300), "w");
        assertTrue(log.tryAcquire("short", 1).allowed());
        RateDecision refused = log.tryAcquire("short", 1);
        assertFalse(refused.allowed());
        assertTrue(refused.retryAfter().toMillis() <= 300);
        Thread.sleep(350);
        assertEquals(0, log.count("short"));
        assertTrue(log.tryAcquire("short", 1).allowed());
    }

    @Test
    void aFlushedScriptCacheIsRefilledByEval() {
        SlidingLog log = new SlidingLog(connection.sync(), prefix, Duration.ofMinutes(1), "f");
        assertTrue(log.tryAcquire("flushed", 5).allowed());
        connection.sync().scriptFlush();
        assertTrue(log.tryAcquire("flushed", 5).allowed());
        assertEquals(2, log.count("flushed"));
    }

    @Test
    void anUnreachableRedisRefusesOrFallsBackToMemoryAsConfigured() {
        // Every Redis call on a closed connection fails, as during an outage.
        StatefulRedisConnection<String, String> closed = client.connect();
        closed.close();
        RedisRateLimiter failClosed = new RedisRateLimiter(closed.sync(), prefix, "x", new RedisOutage(false),
                new InMemoryRateLimiter(Clock.systemUTC()));
        assertThrows(RateLimiterUnavailableException.class, () -> failClosed.tryAcquire("ip:1", 1));
        RedisOutage localOutage = new RedisOutage(true);
        RedisRateLimiter local = new RedisRateLimiter(closed.sync(), prefix, "y", localOutage,
                new InMemoryRateLimiter(Clock.systemUTC()));
        assertTrue(local.tryAcquire("ip:1", 1).allowed());
        assertFalse(local.tryAcquire("ip:1", 1).allowed());
        assertTrue(localOutage.isDown());
        assertEquals(2, localOutage.affectedRequests());
        assertEquals(1, localOutage.outages());
    }
}
