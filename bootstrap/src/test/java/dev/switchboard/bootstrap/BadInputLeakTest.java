package dev.switchboard.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Malformed bodies of every kind at every POST/PUT endpoint: no answer is a 5xx, every error is in the envelope,
 * and no message names a Java class, package or library — where a field is at fault, it names the field. (Some
 * bodies are valid partial updates with unknown fields, which are ignored: 2xx is fine for those.)
 */
@MicronautTest(transactional = false)
@Property(name = "switchboard.sign-in.max-pause", value = "0s") // hundreds of failed sign-ins: no pauses here
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputLeakTest {

    private static final List<String> FORBIDDEN = List.of("dev.switchboard", "java.", "jackson", "micronaut",
            "exception", "serde", "netty", "streamread", "inputstream", "class ");

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    Api api;
    String admin;
    long channelId;

    @BeforeAll
    void setUp() {
        api = new Api(server.getURI(), json);
        admin = api.adminToken();
        channelId = api.addChannel(admin, "leak-test", "http://127.0.0.1:9/v1", "sk-leak", Api.uniqueModel());
    }

    private static String deep(int depth) {
        return "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
    }

    private static List<String> bodies() {
        return List.of(
                "{", "[]", "[1,2]", "\"text\"", "123", "null", "true", "{\"a\":}", "{'single':1}", "{\"a\":1,}",
                deep(2_000), "[".repeat(3_000) + "]".repeat(3_000),
                "{\"guest_rpm\":\"ten\"}", "{\"guest_rpm\":1e400}", "{\"guest_rpm\":99999999999999999999999}",
                "{\"guest_rpm\":[1]}", "{\"guest_rpm\":{}}", "{\"guest_rpm\":1.5}", "{\"user_rpm\":true}",
                "{\"log_retention_days\":\"\"}",
                "{\"email\":[\"a@b.c\"],\"password\":\"x\"}", "{\"email\":{},\"password\":1}",
                "{\"username\":123456789012345678901234567890,\"password\":null}",
                "{\"name\":{\"x\":1},\"base_url\":1,\"api_key\":[],\"model_id\":false,\"rpm_limit\":\"fast\"}",
                "{\"name\":\"n\",\"base_url\":\"http://x\",\"api_key\":\"k\",\"model_id\":\"m\",\"rpm_limit\":1e999}",
                "{\"is_enabled\":\"maybe\"}", "{\"rpm_limit\":-1}", "{\"ip_address\":[\"1.2.3.4\"]}",
                "{\"ip_address\":\"1.2.3.4\",\"reason\":{}}", "{\"model\":{\"id\":1},\"messages\":\"hi\"}",
                "{\"model\":\"m\",\"messages\":[{\"role\":1,\"content\":{}}],\"stream\":\"yes\"}",
                "{\"a\":\"" + "x".repeat(30_000) + "\"}", "{\"a\":\"\\ud800\"}", "{\"a\":\"\\u00\"}");
    }

    private List<String[]> endpoints() {
        return List.of(
                new String[] {"POST", "/api/auth/register", null},
                new String[] {"POST", "/api/auth/login", null},
                new String[] {"POST", "/api/auth/admin/login", null},
                new String[] {"POST", "/api/admin/channels", admin},
                new String[] {"PUT", "/api/admin/channels/" + channelId, admin},
                new String[] {"PUT", "/api/admin/config", admin},
                new String[] {"POST", "/api/admin/blocked-ips", admin},
                new String[] {"POST", "/api/chat/completions", null},
                new String[] {"POST", "/v1/chat/completions", null});
    }

    private static void assertClean(String what, int status, String body) {
        // SPEC §11's channel field upstream_model holds "stream" without naming any code: not a leak.
        String lower = body.toLowerCase(Locale.ROOT).replace("\"upstream_model\"", "");
        for (String word : FORBIDDEN) {
            assertFalse(lower.contains(word), what + " leaks '" + word + "': " + body);
        }
        assertTrue(status < 500, what + " -> " + status + " " + body);
        if (status >= 400) {
            assertTrue(body.startsWith("{\"error\""), what + " is in the envelope: " + body);
        }
    }

    @Test
    void noMalformedBodyGetsAnAnswerThatNamesTheCodeBehindIt() {
        List<String> failures = new ArrayList<>();
        for (String[] endpoint : endpoints()) {
            for (String body : bodies()) {
                Api.Reply reply = api.send(endpoint[0], endpoint[1], endpoint[2], "application/json", body);
                String what = endpoint[0] + " " + endpoint[1] + " " + (body.length() > 60 ? body.substring(0, 60) + "…" : body);
                try {
                    assertClean(what, reply.status(), reply.body());
                } catch (AssertionError e) {
                    failures.add(e.getMessage());
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void invalidUtf8IsRefusedWithoutLeaks() throws IOException, InterruptedException {
        byte[] broken = {'{', '"', 'e', 'm', 'a', 'i', 'l', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'};
        HttpClient client = HttpClient.newHttpClient();
        for (String[] endpoint : endpoints()) {
            HttpRequest.Builder b = HttpRequest.newBuilder(server.getURI().resolve(endpoint[1]))
                    .method(endpoint[0], HttpRequest.BodyPublishers.ofByteArray(broken))
                    .header("Content-Type", "application/json");
            if (endpoint[2] != null) {
                b.header("Authorization", "Bearer " + endpoint[2]);
            }
            HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
            assertClean(endpoint[0] + " " + endpoint[1] + " invalid UTF-8", r.statusCode(), r.body());
        }
    }

    @Test
    void aWrongTypeNamesTheFieldAndWhatIsExpected() {
        Api.Reply reply = api.put("/api/admin/config", admin, "{\"guest_rpm\":\"ten\"}");
        assertEquals(400, reply.status());
        String message = (String) reply.error().get("message");
        assertEquals("field 'guest_rpm' must be a whole number", message);
        for (String notAWholeNumber : List.of("[1]", "1.5", "true", "1e400", "99999999999999999999999")) {
            Api.Reply r = api.put("/api/admin/config", admin, "{\"user_rpm\":" + notAWholeNumber + "}");
            assertEquals(400, r.status(), notAWholeNumber + " is refused, not coerced: " + r.body());
            assertTrue(((String) r.error().get("message")).startsWith("field 'user_rpm' must be a whole number"), r.body());
        }
        Api.Reply array = api.post("/api/admin/blocked-ips", admin, "{\"ip_address\":[\"1.2.3.4\"]}");
        assertEquals("field 'ip_address' must be a text string", array.error().get("message"));
        assertEquals("the body must be a JSON object", api.put("/api/admin/config", admin, "[1,2]").error().get("message"));

        Api.Reply nested = api.put("/api/admin/config", admin, deep(2_000));
        assertEquals(400, nested.status());
        assertTrue(((String) nested.error().get("message")).contains("nested"), nested.body());

        Map<String, Object> channel = api.post("/api/admin/channels", admin,
                "{\"name\":\"n\",\"base_url\":\"http://x\",\"api_key\":\"k\",\"model_id\":\"m\",\"is_enabled\":\"maybe\"}").error();
        assertTrue(((String) channel.get("message")).contains("is_enabled") && ((String) channel.get("message")).contains("true or false"),
                channel.toString());
    }
}
