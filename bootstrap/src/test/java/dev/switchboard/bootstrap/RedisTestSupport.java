package dev.switchboard.bootstrap;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Redis for the scale-out tests: the machine's server (127.0.0.1:6379) with a key prefix per run, or a
 * private {@code redis-server} on a random port that a test may stop and start. Missing Redis skips the test
 * with the reason printed — and fails it when {@code CI=true}, where Redis must be there.
 */
final class RedisTestSupport {

    static final String SHARED_URI = System.getenv().getOrDefault("TEST_REDIS_URL", "redis://127.0.0.1:6379");

    private RedisTestSupport() {
    }

    static void requireSharedRedis() {
        requireReachable("127.0.0.1", 6379, "Redis at " + SHARED_URI);
    }

    static void requireReachable(String host, int port, String what) {
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(1000);
        } catch (IOException e) {
            skipOrFail(what + " is not reachable (" + e.getMessage() + ")");
        }
    }

    static void skipOrFail(String reason) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError(reason + ": CI requires it");
        }
        System.err.println("SKIPPED: " + reason);
        Assumptions.abort(reason);
    }

    static String prefix() {
        return "sbtest:" + UUID.randomUUID().toString().substring(0, 8) + ":";
    }

    /** Removes this run's keys from the shared server (never FLUSHALL: other runs share it). */
    static void deleteKeys(String prefix) {
        RedisClient client = RedisClient.create(SHARED_URI);
        try (StatefulRedisConnection<String, String> c = client.connect()) {
            List<String> keys = c.sync().keys(prefix + "*");
            if (!keys.isEmpty()) {
                c.sync().del(keys.toArray(String[]::new));
            }
        } finally {
            client.shutdown();
        }
    }

    /** The properties of one instance: the shared database file, Redis, trusted loopback proxy. */
    static Map<String, Object> instance(Path database, String redisUri, String prefix) {
        Map<String, Object> p = new HashMap<>(RedisSettings.fromEnvironment(redisUri));
        p.put("switchboard.database-path", database.toString());
        p.put("switchboard.redis.prefix", prefix);
        p.put("switchboard.trusted-proxies", "127.0.0.1/32,::1/128");
        p.put("micronaut.server.port", -1);
        return p;
    }

    /** A throw-away {@code redis-server} (no persistence) on a free loopback port. */
    static final class PrivateRedis implements AutoCloseable {
        final int port;
        private Process process;

        PrivateRedis() throws IOException {
            try (ServerSocket probe = new ServerSocket(0)) {
                port = probe.getLocalPort();
            }
            if (!Files.isExecutable(Path.of("/usr/bin/redis-server"))) {
                skipOrFail("redis-server is not installed");
            }
        }

        String uri() {
            return "redis://127.0.0.1:" + port;
        }

        void start() throws IOException, InterruptedException {
            process = new ProcessBuilder(List.of("/usr/bin/redis-server", "--port", Integer.toString(port),
                    "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (System.nanoTime() < deadline) {
                try (Socket ignored = new Socket("127.0.0.1", port)) {
                    return;
                } catch (IOException notYet) {
                    Thread.sleep(50);
                }
            }
            throw new IllegalStateException("redis-server did not start on port " + port);
        }

        void stop() throws InterruptedException {
            if (process != null) {
                process.destroy();
                process.waitFor(10, TimeUnit.SECONDS);
                process = null;
            }
        }

        @Override
        public void close() throws InterruptedException {
            stop();
        }
    }
}
