package dev.switchboard.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.application.port.in.ipblock.CheckClientIpQuery;
import dev.switchboard.application.port.in.settings.ManageSettingsUseCase;
import dev.switchboard.application.port.out.change.ChangeKind;
import dev.switchboard.application.port.out.change.ChangeVersions;
import dev.switchboard.application.port.out.settings.SettingsRepository;
import dev.switchboard.domain.settings.SystemSettings;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Three instances on one database and one Redis prefix, requests spread round-robin as a load balancer
 * would: every limit is exact across them, and an admin change on one is in force on the others within 1 s.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScaleOutTest {

    private static final int CHECK_SECONDS = 2;

    private final HttpClient http = HttpClient.newHttpClient();
    private final String prefix = RedisTestSupport.prefix();
    private Instances instances;
    private MockUpstream upstream;
    private String admin;

    @BeforeAll
    void start() throws Exception {
        RedisTestSupport.requireSharedRedis();
        upstream = new MockUpstream();
        instances = new Instances(3, db -> {
            Map<String, Object> p = RedisTestSupport.instance(db, RedisTestSupport.SHARED_URI, prefix);
            p.put("switchboard.changes.check-interval", CHECK_SECONDS + "s");
            // Exactness is the point here, not outage detection: on a busy build machine a 250 ms command
            // timeout would turn some requests into 503s (RedisOutageTest covers the outage path).
            p.put("redis.timeout", "2s");
            return p;
        });
        admin = instances.api(0).adminToken();
        // Several tests sign users up from the one test address, and that budget is shared by the instances.
        assertEquals(200, instances.api(0).put("/api/admin/config", admin, "{\"registrations_per_ip_hour\":100}").status());
    }

    @AfterAll
    void stop() throws Exception {
        if (instances != null) {
            instances.close();
        }
        if (upstream != null) {
            upstream.close();
        }
        RedisTestSupport.deleteKeys(prefix);
    }

    @Test
    void twoHundredGuestRequestsRoundRobinGetExactlyTheGuestLimit() {
        setLimits(10, 60);
        String model = channel(1000);
        awaitOnEveryInstance(() -> true);
        List<Integer> statuses = burst(200, model, "203.0.113.10");
        assertEquals(10, count(statuses, 200), statuses.toString());
        assertEquals(190, count(statuses, 429), statuses.toString());
    }

    @Test
    void twoHundredRequestsRoundRobinGetExactlyTheChannelRpm() {
        setLimits(1000, 1000);
        String model = channel(7);
        List<Integer> statuses = burst(200, model, "203.0.113.20");
        assertEquals(7, count(statuses, 200), statuses.toString());
        assertEquals(193, count(statuses, 503), statuses.toString());
    }

    @Test
    void wrongPasswordsRoundRobinAreThrottledExactlyOnceAcrossInstances() {
        instances.api(0).post("/api/auth/register", null, "{\"email\":\"victim@example.com\",\"password\":\"right-password\"}");
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            HttpRequest login = instances.api(i).postRequest("/api/auth/login", null,
                    "{\"email\":\"victim@example.com\",\"password\":\"wrong-" + i + "\"}", Map.of("X-Forwarded-For", "203.0.113.30"));
            calls.add(http.sendAsync(login, HttpResponse.BodyHandlers.ofString()));
        }
        List<Integer> statuses = calls.stream().map(c -> c.join().statusCode()).toList();
        assertEquals(10, count(statuses, 401), statuses.toString());
        assertEquals(190, count(statuses, 429), statuses.toString());
    }

    @Test
    void signUpsFromOneAddressRoundRobinGetExactlyTheHourlyBudget() {
        Api.Reply r = instances.api(0).put("/api/admin/config", admin, "{\"registrations_per_ip_hour\":3}");
        assertEquals(200, r.status(), r.body());
        awaitWithin(1000, () -> instances.servers.stream().allMatch(s -> s.getApplicationContext()
                .getBean(ManageSettingsUseCase.class).current().registrationsPerIpHour() == 3));
        List<Integer> statuses = new ArrayList<>();
        try {
            for (int i = 0; i < 9; i++) {
                statuses.add(instances.api(i).send("POST", "/api/auth/register", null, "application/json",
                        "{\"email\":\"round-robin-" + i + "@example.com\",\"password\":\"pass-word-1\"}",
                        Map.of("X-Forwarded-For", "203.0.113.40")).status());
            }
        } finally {
            // the other tests sign up from one address too (the budget is shared now: all of them count)
            instances.api(0).put("/api/admin/config", admin, "{\"registrations_per_ip_hour\":100}");
            awaitWithin(1000, () -> instances.servers.stream().allMatch(s -> s.getApplicationContext()
                    .getBean(ManageSettingsUseCase.class).current().registrationsPerIpHour() == 100));
        }
        assertEquals(List.of(201, 201, 201, 429, 429, 429, 429, 429, 429), statuses);
    }

    @Test
    void aSettingChangedOnOneInstanceIsInForceOnTheOthersWithinOneSecond() {
        long started = System.nanoTime();
        Api.Reply r = instances.api(0).put("/api/admin/config", admin,
                "{\"guest_rpm\":17,\"user_rpm\":61,\"log_retention_days\":90}");
        assertEquals(200, r.status(), r.body());
        awaitWithin(1000, () -> instances.bean(1, ManageSettingsUseCase.class).current().guestRpm() == 17
                && instances.bean(2, ManageSettingsUseCase.class).current().guestRpm() == 17);
        assertTrue(System.nanoTime() - started < 1_500_000_000L);
    }

    @Test
    void aBlockedIpAddedOnOneInstanceIsRefusedByTheOthersWithinOneSecond() {
        Api.Reply r = instances.api(1).post("/api/admin/blocked-ips", admin,
                "{\"ip_address\":\"192.0.2.77\",\"reason\":\"scale-out test\"}");
        assertEquals(201, r.status(), r.body());
        awaitWithin(1000, () -> instances.bean(0, CheckClientIpQuery.class).blockingRule("192.0.2.77").isPresent()
                && instances.bean(2, CheckClientIpQuery.class).blockingRule("192.0.2.77").isPresent());
    }

    @Test
    void aKeyMadeOnOneInstanceWorksOnTheOthersAndItsRevocationReachesThemWithinOneSecond() {
        String user = instances.api(0).userToken("scale-keys@example.com", "right-password");
        Api.Reply created = instances.api(0).post("/api/keys", user, "{\"name\":\"scale\"}");
        assertEquals(201, created.status(), created.body());
        String key = (String) created.map().get("key");
        Object id = created.map().get("id");
        awaitWithin(1000, () -> instances.api(1).get("/v1/models", key).status() == 200
                && instances.api(2).get("/v1/models", key).status() == 200);

        assertEquals(204, instances.api(0).delete("/api/keys/" + id, user).status());
        awaitWithin(1000, () -> instances.api(1).get("/v1/models", key).status() == 401
                && instances.api(2).get("/v1/models", key).status() == 401);
    }

    @Test
    void aUserDisabledOnOneInstanceIsRefusedByTheOthersWithinOneSecond() {
        String user = instances.api(0).userToken("scale-off@example.com", "right-password");
        long id = ((Number) instances.api(0).get("/api/auth/me", user).map().get("id")).longValue();
        awaitWithin(1000, () -> instances.api(2).get("/api/auth/me", user).status() == 200);

        Api.Reply off = instances.api(1).send("PATCH", "/api/admin/users/" + id, admin, "application/json",
                "{\"enabled\":false}");
        assertEquals(200, off.status(), off.body());
        awaitWithin(1000, () -> instances.api(0).get("/api/auth/me", user).status() == 403
                && instances.api(2).get("/api/auth/me", user).status() == 403);
    }

    @Test
    void aTokenSignedOutOnOneInstanceIsRefusedByTheOthersWithinOneSecond() {
        String user = instances.api(0).userToken("scale-logout@example.com", "right-password");
        String other = instances.api(0).userToken("scale-logout@example.com", "right-password");
        awaitWithin(1000, () -> instances.api(1).get("/api/auth/me", user).status() == 200);

        assertEquals(204, instances.api(2).post("/api/auth/logout", user, null).status());
        awaitWithin(1000, () -> instances.api(0).get("/api/auth/me", user).status() == 401
                && instances.api(1).get("/api/auth/me", user).status() == 401);
        assertEquals(200, instances.api(1).get("/api/auth/me", other).status(), "only the presented token ended");
    }

    @Test
    void aChangeWhoseMessageIsLostReachesTheOthersWithinTheVersionCheck() {
        // Stored and versioned on instance 2, but never published: only the version check can carry it.
        SystemSettings quiet = new SystemSettings(23, 62, 90);
        instances.bean(2, SettingsRepository.class).store(quiet);
        instances.bean(2, ChangeVersions.class).bump(ChangeKind.SETTINGS);
        awaitWithin(CHECK_SECONDS * 1000 + 1500, () -> instances.bean(0, ManageSettingsUseCase.class).current().guestRpm() == 23
                && instances.bean(1, ManageSettingsUseCase.class).current().guestRpm() == 23);
    }

    private void setLimits(int guestRpm, int userRpm) {
        Api.Reply r = instances.api(0).put("/api/admin/config", admin,
                "{\"guest_rpm\":" + guestRpm + ",\"user_rpm\":" + userRpm + ",\"log_retention_days\":90}");
        assertEquals(200, r.status(), r.body());
        awaitWithin(1000, () -> instances.servers.stream().allMatch(s -> s.getApplicationContext()
                .getBean(ManageSettingsUseCase.class).current().guestRpm() == guestRpm));
    }

    /** A fresh model on one channel (added on instance 0); waits until every instance routes it. */
    private String channel(int rpm) {
        String model = Api.uniqueModel();
        instances.api(0).addChannel(admin, model, upstream.baseUrl("ok"), "sk-test-0123456789", model, rpm);
        awaitWithin(1000, () -> {
            for (int i = 0; i < 3; i++) {
                if (instances.api(i).get("/api/chat/models", null).body().contains(model)) {
                    continue;
                }
                return false;
            }
            return true;
        });
        return model;
    }

    private List<Integer> burst(int n, String model, String ip) {
        String body = "{\"model\":\"" + model + "\",\"stream\":false,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            HttpRequest chat = instances.api(i).postRequest("/api/chat/completions", null, body, Map.of("X-Forwarded-For", ip));
            calls.add(http.sendAsync(chat, HttpResponse.BodyHandlers.ofString()));
        }
        return calls.stream().map(c -> c.join().statusCode()).toList();
    }

    private static long count(List<Integer> statuses, int status) {
        return statuses.stream().filter(s -> s == status).count();
    }

    private void awaitOnEveryInstance(BooleanSupplier condition) {
        awaitWithin(1000, condition);
    }

    private static void awaitWithin(long millis, BooleanSupplier condition) {
        long deadline = System.nanoTime() + millis * 1_000_000;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not true within " + millis + " ms");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
