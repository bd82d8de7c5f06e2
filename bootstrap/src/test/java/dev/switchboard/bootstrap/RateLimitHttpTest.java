package dev.switchboard.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Both limit layers over HTTP, against the real in-memory limiter. This machine is a trusted proxy here, so
 * each test speaks for its own guest IPs through X-Forwarded-For and never shares a window with another test.
 */
@MicronautTest(transactional = false)
@Property(name = "switchboard.trusted-proxies", value = "127.0.0.1/32,::1/128")
class RateLimitHttpTest extends UpstreamHttpTestSupport {

    private static final AtomicInteger NEXT_IP = new AtomicInteger(1);


    private static String freshIp() {
        int n = NEXT_IP.getAndIncrement();
        return "198.18." + (n / 250) + "." + (n % 250 + 1);
    }

    private void limits(int guestRpm, int userRpm) {
        Api.Reply r = api.put("/api/admin/config", admin, "{\"guest_rpm\":" + guestRpm + ",\"user_rpm\":" + userRpm + "}");
        assertEquals(200, r.status(), r.body());
    }

    /** A fresh model served by one channel with the given RPM limit. */
    private String modelWithChannel(int rpmLimit) {
        String model = Api.uniqueModel();
        api.addChannel(admin, model, upstream.baseUrl("ok"), "sk-test-0123456789", model, rpmLimit);
        return model;
    }

    private HttpRequest chat(String model, String ip, String token) {
        String body = "{\"model\":\"" + model + "\",\"stream\":false,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
        return api.postRequest("/api/chat/completions", token, body, Map.of("X-Forwarded-For", ip));
    }

    private HttpResponse<String> send(String model, String ip, String token) throws Exception {
        return http.send(chat(model, ip, token), HttpResponse.BodyHandlers.ofString());
    }

    private List<HttpResponse<String>> sendAllAtOnce(int n, String model, java.util.function.IntFunction<String> ipOf)
            throws Exception {
        List<CompletableFuture<HttpResponse<String>>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            futures.add(http.sendAsync(chat(model, ipOf.apply(i), null), HttpResponse.BodyHandlers.ofString()));
        }
        List<HttpResponse<String>> responses = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> f : futures) {
            responses.add(f.get());
        }
        return responses;
    }

    private static long count(List<HttpResponse<String>> responses, int status) {
        return responses.stream().filter(r -> r.statusCode() == status).count();
    }

    private static void assertExact429(HttpResponse<String> r) {
        assertEquals(429, r.statusCode(), r.body());
        int retryAfter = Integer.parseInt(r.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "retry_after " + retryAfter);
        assertEquals("{\"error\": {\"type\": \"rate_limit_exceeded\", \"message\": \"您超过当前使用限制，请稍后再试\", \"retry_after\": "
                + retryAfter + "}}", r.body());
    }

    @Test
    void twoHundredSimultaneousRequestsFromOneGuestWithALimitOfTenGetExactlyTenThrough() throws Exception {
        limits(10, 100_000);
        String model = modelWithChannel(100_000);
        String ip = freshIp();
        List<HttpResponse<String>> responses = sendAllAtOnce(200, model, i -> ip);
        assertEquals(10, count(responses, 200));
        assertEquals(190, count(responses, 429));
        responses.stream().filter(r -> r.statusCode() == 429).forEach(RateLimitHttpTest::assertExact429);
    }

    @Test
    void twoHundredSimultaneousRequestsToAChannelWithRoomForTenGetExactlyTenThrough() throws Exception {
        limits(100_000, 100_000);
        String model = modelWithChannel(10);
        List<HttpResponse<String>> responses = sendAllAtOnce(200, model, i -> freshIp());
        assertEquals(10, count(responses, 200));
        assertEquals(190, count(responses, 503));
        HttpResponse<String> full = responses.stream().filter(r -> r.statusCode() == 503).findFirst().orElseThrow();
        assertEquals("{\"error\": {\"type\": \"upstream_error\", \"message\": \"上游渠道暂时不可用，请稍后再试\"}}", full.body());
        assertTrue(full.headers().firstValue("Retry-After").isPresent());
    }

    @Test
    void guestAndUserLimitsAreCountedApart() throws Exception {
        limits(2, 3);
        String model = modelWithChannel(100_000);
        String ip = freshIp();
        String user = api.userToken("limits-" + UUID.randomUUID() + "@example.com", "long enough pw");
        assertEquals(200, send(model, ip, null).statusCode());
        assertEquals(200, send(model, ip, null).statusCode());
        assertExact429(send(model, ip, null));
        for (int i = 0; i < 3; i++) {
            assertEquals(200, send(model, ip, user).statusCode(), "the user has their own window, same IP or not");
        }
        assertExact429(send(model, freshIp(), user));
        assertEquals(200, send(model, freshIp(), null).statusCode(), "another guest IP is unaffected");
    }

    @Test
    void aNewLimitAppliesToTheNextRequestWithoutARestart() throws Exception {
        limits(1, 100_000);
        String model = modelWithChannel(100_000);
        String ip = freshIp();
        assertEquals(200, send(model, ip, null).statusCode());
        assertExact429(send(model, ip, null));
        limits(3, 100_000);
        assertEquals(200, send(model, ip, null).statusCode());
        assertEquals(200, send(model, ip, null).statusCode());
        assertExact429(send(model, ip, null));
    }

    @Test
    void requestsRefusedForTheUserUseNoChannelCapacity() throws Exception {
        limits(1, 100_000);
        String model = modelWithChannel(3);
        String greedy = freshIp();
        assertEquals(200, send(model, greedy, null).statusCode());
        for (int i = 0; i < 5; i++) {
            assertExact429(send(model, greedy, null));
        }
        assertEquals(200, send(model, freshIp(), null).statusCode());
        assertEquals(200, send(model, freshIp(), null).statusCode());
        HttpResponse<String> full = send(model, freshIp(), null);
        assertEquals(503, full.statusCode(), "three accepted requests filled the channel: " + full.body());
        assertEquals(Map.of("type", "upstream_error", "message", "上游渠道暂时不可用，请稍后再试"),
                json.readValue(full.body(), io.micronaut.core.type.Argument.mapOf(String.class, Object.class)).get("error"));
    }

    @Test
    void aChannelShowsTheRequestsSentToItInTheCurrentMinute() throws Exception {
        limits(100_000, 100_000);
        String model = modelWithChannel(3);
        assertEquals(0, callsLastMinute(model));
        assertEquals(200, send(model, freshIp(), null).statusCode());
        assertEquals(200, send(model, freshIp(), null).statusCode());
        assertEquals(2, callsLastMinute(model));
        assertEquals(200, send(model, freshIp(), null).statusCode());
        assertEquals(503, send(model, freshIp(), null).statusCode());
        assertEquals(3, callsLastMinute(model), "a request turned away for lack of room was never sent");
    }

    /** The channel's {@code calls_last_minute}, read from the list and checked against the single GET. */
    private int callsLastMinute(String model) {
        Map<?, ?> listed = api.get("/api/admin/channels", admin).list().stream()
                .map(c -> (Map<?, ?>) c).filter(c -> model.equals(c.get("model_id"))).findFirst().orElseThrow();
        int calls = ((Number) listed.get("calls_last_minute")).intValue();
        Map<String, Object> single = api.get("/api/admin/channels/" + listed.get("id"), admin).map();
        assertEquals(calls, ((Number) single.get("calls_last_minute")).intValue());
        return calls;
    }
}
