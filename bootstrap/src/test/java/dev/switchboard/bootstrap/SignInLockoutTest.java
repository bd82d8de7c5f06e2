package dev.switchboard.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Nobody can lock the admin out: failures from elsewhere slow the admin's sign-in down, never refuse it. */
@MicronautTest(transactional = false)
@Property(name = "switchboard.trusted-proxies", value = "127.0.0.1/32, ::1/128")
class SignInLockoutTest {

    private static final String WRONG = "{\"username\":\"admin\",\"password\":\"a wrong guess\"}";
    private static final String RIGHT = "{\"username\":\"admin\",\"password\":\"admin-test-password\"}";

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private Api.Reply adminLoginFrom(Api api, String ip, String body) {
        return api.send("POST", "/api/auth/admin/login", null, "application/json", body, Map.of("X-Forwarded-For", ip));
    }

    @Test
    void tenFailuresForAdminFromOneIpThenTheRightPasswordFromAnotherGetsInAfterAShortPause() {
        Api api = new Api(server.getURI(), json);
        HttpClient client = HttpClient.newHttpClient();
        List<CompletableFuture<HttpResponse<String>>> guesses = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            guesses.add(client.sendAsync(api.postRequest("/api/auth/admin/login", null, WRONG,
                    Map.of("X-Forwarded-For", "203.0.113.66")), HttpResponse.BodyHandlers.ofString()));
        }
        guesses.forEach(g -> assertEquals(401, g.join().statusCode(), g.join().body()));
        Api.Reply attacker = adminLoginFrom(api, "203.0.113.66", RIGHT);
        assertEquals(429, attacker.status(), "the guessing IP is refused on this account, even with the password");

        long started = System.nanoTime();
        Api.Reply owner = adminLoginFrom(api, "198.51.100.77", RIGHT);
        long tookMillis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(200, owner.status(), owner.body());
        assertTrue(owner.map().get("access_token") instanceof String);
        assertTrue(tookMillis >= 4_500 && tookMillis < 9_000, "held back by the 5 s pause, no more: " + tookMillis);
    }

    @Test
    void pausedSignInsWaitSideBySideNotOneAfterAnother() {
        Api api = new Api(server.getURI(), json);
        HttpClient client = HttpClient.newHttpClient();
        String account = "{\"username\":\"nobody-" + System.nanoTime() + "\",\"password\":\"x\"}";
        List<CompletableFuture<HttpResponse<String>>> failures = new ArrayList<>();
        for (int i = 0; i < 9; i++) { // 9 failures from 9 IPs at once: the next attempts on this name pause 5 s
            failures.add(client.sendAsync(api.postRequest("/api/auth/admin/login", null, account,
                    Map.of("X-Forwarded-For", "192.0.2." + (i + 1))), HttpResponse.BodyHandlers.ofString()));
        }
        failures.forEach(CompletableFuture::join);
        long started = System.nanoTime();
        List<CompletableFuture<HttpResponse<String>>> paused = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            paused.add(client.sendAsync(api.postRequest("/api/auth/admin/login", null, account,
                    Map.of("X-Forwarded-For", "192.0.2." + (100 + i))), HttpResponse.BodyHandlers.ofString()));
        }
        paused.forEach(p -> assertEquals(401, p.join().statusCode()));
        long tookMillis = (System.nanoTime() - started) / 1_000_000;
        // One after another would take 40 x 5 s; the pauses are timers, so all 40 end after about one pause.
        assertTrue(tookMillis >= 4_500 && tookMillis < 25_000, "40 paused attempts took " + tookMillis + " ms");
    }
}
