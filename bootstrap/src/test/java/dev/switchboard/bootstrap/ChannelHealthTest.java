package dev.switchboard.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Routing and channel health end to end (SPEC §13, issue 16): the real app and database, the scripted upstream
 * answering 401, 500 or 429 + {@code Retry-After}, and the probe on a short interval.
 */
@MicronautTest(transactional = false)
@Property(name = "switchboard.defaults.guest-rpm", value = "100000")
@Property(name = "switchboard.defaults.user-rpm", value = "100000")
@Property(name = "switchboard.upstream.first-byte", value = "2s")
@Property(name = "switchboard.channel-probe.tick", value = "200ms")
class ChannelHealthTest extends UpstreamHttpTestSupport {

    // short enough that the upstream adapter's own masking (long tokens) lets it through: the health log masks it
    private static final String KEY = "sk-k3y-Zq9";

    private String chat(String model) {
        return "{\"model\":\"" + model + "\",\"stream\":false,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
    }

    private long channel(String name, String script, String model, int priority) {
        Api.Reply r = api.post("/api/admin/channels", admin, "{\"name\":\"" + name + "\",\"base_url\":\""
                + upstream.baseUrl(script) + "\",\"api_key\":\"" + KEY + "\",\"model_id\":\"" + model
                + "\",\"priority\":" + priority + "}");
        assertEquals(201, r.status(), r.body());
        return ((Number) r.map().get("id")).longValue();
    }

    private Map<String, Object> channelView(long id) {
        return api.get("/api/admin/channels/" + id, admin).map();
    }

    private void awaitStatus(long id, String status, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (!status.equals(channelView(id).get("status")) && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertEquals(status, channelView(id).get("status"), channelView(id).toString());
    }

    @Test
    void aRevokedKeyIsTakenOutByTheFirstRequestWhichStillSucceedsOnTheNextChannel() throws Exception {
        String model = Api.uniqueModel();
        long revoked = channel("Revoked", "echo401", model, 1);
        long healthy = channel("Healthy", "ok", model, 0);

        assertEquals(200, api.post("/api/chat/completions", null, chat(model)).status());
        awaitStatus(revoked, "auto_disabled", 2000);
        Map<String, Object> view = channelView(revoked);
        assertEquals("401 from upstream (invalid_request_error)", view.get("disabled_reason"));
        assertNotNull(view.get("disabled_at"));
        assertEquals(true, view.get("is_enabled"), "the admin's own switch is untouched");
        assertEquals("enabled", channelView(healthy).get("status"));

        for (int i = 0; i < 3; i++) {
            assertEquals(200, api.post("/api/chat/completions", null, chat(model)).status());
        }
        assertEquals(1, upstream.calls("echo401"), "an auto-disabled channel is not tried again");

        Api.Reply errors = api.get("/api/admin/channels/" + revoked + "/errors", admin);
        assertEquals(200, errors.status(), errors.body());
        List<Object> items = errors.list();
        assertEquals(1, items.size());
        Map<?, ?> first = (Map<?, ?>) items.get(0);
        assertEquals(401, ((Number) first.get("status")).intValue());
        assertEquals("invalid_request_error", first.get("type"));
        assertNotNull(first.get("created_at"));
        assertTrue(((String) first.get("message")).contains("Incorrect API key provided"), errors.body());
        assertTrue(upstream.received.stream().anyMatch(r -> r.script().equals("echo401")), "the mock did echo it");
        assertFalse(errors.body().contains(KEY), errors.body());
        assertFalse(errors.body().contains("Zq9"), errors.body());
        assertEquals(404, api.get("/api/admin/channels/999999/errors", admin).status());
        assertEquals(401, api.get("/api/admin/channels/" + revoked + "/errors", null).status());

        assertEquals(200, api.put("/api/admin/channels/" + revoked, admin, "{\"is_enabled\":true}").status());
        assertEquals("enabled", channelView(revoked).get("status"), "the admin's enable clears it");
    }

    @Test
    void fiveServerErrorsInARowTakeAChannelOutAndTheProbeBringsItBackWhenTheUpstreamRecovers() throws Exception {
        String model = Api.uniqueModel();
        String script = "flaky-" + model;
        upstream.failWith.put(script, 500);
        long flaky = channel("Flaky", script, model, 0);
        for (int i = 0; i < 4; i++) {
            assertEquals(502, api.post("/api/chat/completions", null, chat(model)).status());
        }
        assertEquals("enabled", channelView(flaky).get("status"), "four are not enough");
        assertEquals(502, api.post("/api/chat/completions", null, chat(model)).status());
        awaitStatus(flaky, "auto_disabled", 2000);
        assertEquals("5 failures in a row, last: 500 from upstream", channelView(flaky).get("disabled_reason"));
        assertEquals(503, api.post("/api/chat/completions", null, chat(model)).status());
        assertEquals(5, upstream.calls(script));
        assertEquals(5, api.get("/api/admin/channels/" + flaky + "/errors", admin).list().size());

        assertEquals(200, api.put("/api/admin/config", admin, "{\"channel_probe_seconds\":1}").status());
        try {
            upstream.failWith.remove(script);
            awaitStatus(flaky, "enabled", 10_000);
            assertEquals(200, api.post("/api/chat/completions", null, chat(model)).status());
        } finally {
            api.put("/api/admin/config", admin, "{\"channel_probe_seconds\":60}");
        }
    }

    @Test
    void aTooManyRequestsWithRetryAfterSkipsTheChannelForAboutThatLongWithoutDisablingIt() throws Exception {
        String model = Api.uniqueModel();
        long busy = channel("Busy", "busy429", model, 1);
        channel("Spare", "ok", model, 0);
        int before = upstream.calls("busy429");
        assertEquals(200, api.post("/api/chat/completions", null, chat(model)).status());
        assertEquals(before + 1, upstream.calls("busy429"));
        Map<String, Object> view = channelView(busy);
        assertEquals("enabled", view.get("status"));
        assertNotNull(view.get("cooling_until"), view.toString());
        for (int i = 0; i < 3; i++) {
            assertEquals(200, api.post("/api/chat/completions", null, chat(model)).status());
        }
        assertEquals(before + 1, upstream.calls("busy429"), "skipped while cooling down");
        Thread.sleep(2200);
        assertEquals(200, api.post("/api/chat/completions", null, chat(model)).status());
        assertEquals(before + 2, upstream.calls("busy429"), "tried again once the 2 s are over");
        assertEquals("enabled", channelView(busy).get("status"));
    }

    @Test
    void whenTheOnlyChannelCoolsDownTheAnswerIs503WithTheRealWait() {
        String model = Api.uniqueModel();
        channel("Alone", "busy429", model, 0);
        assertEquals(502, api.post("/api/chat/completions", null, chat(model)).status());
        Api.Reply waiting = api.post("/api/chat/completions", null, chat(model));
        assertEquals(503, waiting.status(), waiting.body());
        int retryAfter = Integer.parseInt(waiting.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 2, "Retry-After " + retryAfter);
    }

    @Test
    void theHealthSettingsAreInTheConfigAndBadValuesAreRefusedNamingTheField() {
        Map<String, Object> config = api.get("/api/admin/config", admin).map();
        assertEquals(true, config.get("auto_disable"));
        assertEquals(5, ((Number) config.get("auto_disable_failures")).intValue());
        assertTrue(config.containsKey("channel_probe_seconds"));

        Api.Reply zero = api.put("/api/admin/config", admin, "{\"auto_disable_failures\":0}");
        assertEquals(400, zero.status());
        assertTrue(zero.body().contains("auto_disable_failures"), zero.body());
        Api.Reply text = api.put("/api/admin/config", admin, "{\"channel_probe_seconds\":\"soon\"}");
        assertEquals(400, text.status());
        assertTrue(text.body().contains("channel_probe_seconds"), text.body());
        Api.Reply notBool = api.put("/api/admin/config", admin, "{\"auto_disable\":\"yes\",\"guest_rpm\":7}");
        assertEquals(400, notBool.status());
        assertTrue(notBool.body().contains("auto_disable"), notBool.body());
        assertEquals(100000, ((Number) api.get("/api/admin/config", admin).map().get("guest_rpm")).intValue(),
                "nothing stored from a refused body");

        Map<String, Object> off = api.put("/api/admin/config", admin,
                "{\"auto_disable\":false,\"auto_disable_failures\":3}").map();
        assertEquals(false, off.get("auto_disable"));
        assertEquals(3, ((Number) off.get("auto_disable_failures")).intValue());
        api.put("/api/admin/config", admin, "{\"auto_disable\":true,\"auto_disable_failures\":5}");
    }
}
