package dev.switchboard.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Shutdown (SIGTERM closes the context the same way) during 20 running streams: readiness goes DOWN, new
 * requests are refused, every stream still ends with [DONE], and every usage row is in the database.
 */
class GracefulDrainTest {

    @Test
    void runningStreamsFinishNewRequestsAreRefusedAndEveryUsageRowIsWritten() throws Exception {
        Path[] database = new Path[1];
        try (MockUpstream upstream = new MockUpstream()) {
            Instances instance = new Instances(1, db -> {
                database[0] = db;
                Map<String, Object> p = new HashMap<>();
                p.put("switchboard.database-path", db.toString());
                p.put("switchboard.defaults.guest-rpm", 1000);
                p.put("switchboard.shutdown-grace", "30s");
                return p;
            });
            Api api = instance.api(0);
            String admin = api.adminToken();
            String model = Api.uniqueModel();
            api.addChannel(admin, model, upstream.baseUrl("long"), "sk-test-0123456789", model, 1000);

            HttpClient http = HttpClient.newHttpClient();
            String body = "{\"model\":\"" + model + "\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
            List<CompletableFuture<HttpResponse<String>>> streams = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                streams.add(http.sendAsync(api.postRequest("/api/chat/completions", body), HttpResponse.BodyHandlers.ofString()));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (upstream.calls("long") < 20 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertEquals(20, upstream.calls("long"), "all 20 streams are running");

            CompletableFuture<Void> shutdown = CompletableFuture.runAsync(() -> instance.close());
            Thread.sleep(300);
            assertTrue(refused(() -> api.get("/health/readiness", null)), "readiness is down while draining");
            assertTrue(refused(() -> api.get("/api/chat/models", null)), "new requests are refused while draining");

            for (CompletableFuture<HttpResponse<String>> stream : streams) {
                HttpResponse<String> reply = stream.get(40, TimeUnit.SECONDS);
                assertEquals(200, reply.statusCode());
                assertTrue(reply.body().contains("tick 199") && reply.body().contains("[DONE]"), "the stream ran to its end");
            }
            shutdown.get(40, TimeUnit.SECONDS);
            assertEquals(20, okRows(database[0], model));
        }
    }

    @Test
    void streamsStillRunningAtTheGraceLimitEndWithTheErrorEventAndTheirRowsAreWritten() throws Exception {
        Path[] database = new Path[1];
        try (MockUpstream upstream = new MockUpstream()) {
            Instances instance = new Instances(1, db -> {
                database[0] = db;
                Map<String, Object> p = new HashMap<>();
                p.put("switchboard.database-path", db.toString());
                p.put("switchboard.defaults.guest-rpm", 1000);
                p.put("switchboard.shutdown-grace", "3s");
                return p;
            });
            Api api = instance.api(0);
            String model = Api.uniqueModel();
            api.addChannel(api.adminToken(), model, upstream.baseUrl("long"), "sk-test-0123456789", model, 1000);
            HttpClient http = HttpClient.newHttpClient();
            String body = "{\"model\":\"" + model + "\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
            List<CompletableFuture<HttpResponse<String>>> streams = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                streams.add(http.sendAsync(api.postRequest("/api/chat/completions", body), HttpResponse.BodyHandlers.ofString()));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (upstream.calls("long") < 5 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            long started = System.nanoTime();
            instance.close();
            assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(8), "the grace period bounds the shutdown");
            for (CompletableFuture<HttpResponse<String>> stream : streams) {
                String text = stream.get(10, TimeUnit.SECONDS).body();
                assertTrue(text.contains("tick 1 ") && !text.contains("tick 199"), "cut before its end");
                assertTrue(text.contains("\"type\": \"upstream_error\""), "ends with the error event: " + text.substring(Math.max(0, text.length() - 200)));
            }
            assertEquals(5, rows(database[0], model));
        }
    }

    private static int rows(Path database, String model) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database);
             PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM chat_logs WHERE model_id = ?")) {
            count.setString(1, model);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Refused: 503 from a connection kept alive, or no connection at all (the port is closed). */
    private static boolean refused(java.util.function.Supplier<Api.Reply> call) {
        try {
            return call.get().status() == 503;
        } catch (java.io.UncheckedIOException closed) {
            return true;
        }
    }

    private static int okRows(Path database, String model) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database);
             PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM chat_logs WHERE model_id = ? AND status = 'ok'")) {
            count.setString(1, model);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
