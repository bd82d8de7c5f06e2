package dev.switchboard.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The browser chat route takes bodies up to the chat limit (images as data URLs); every other route stays at
 * the general limit. Limits are scaled down here (general 100 kB, chat 400 kB) to keep the bodies small.
 */
@MicronautTest(transactional = false)
@Property(name = "switchboard.max-request-bytes", value = "100000")
@Property(name = "micronaut.server.max-request-size", value = "400000")
class RequestSizeTest {

    private static final String TOO_LARGE = "the request body is too large";

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(server.getURI(), json);
    }

    /** A chat whose one user message carries an image data URL of about {@code bytes} characters. */
    private static String chatWithImage(String model, int bytes) {
        return "{\"model\":\"" + model + "\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":["
                + "{\"type\":\"text\",\"text\":\"what is this?\"},"
                + "{\"type\":\"image_url\",\"image_url\":{\"url\":\"data:image/jpeg;base64," + "A".repeat(bytes) + "\"}}]}]}";
    }

    private static void assertTooLarge(Api.Reply reply) {
        assertEquals(400, reply.status(), reply.body());
        assertEquals("invalid_request", reply.error().get("type"));
        assertEquals(TOO_LARGE, reply.error().get("message"));
    }

    @Test
    void bothChatRoutesTakeABodyAboveTheGeneralLimit() {
        for (String path : List.of("/api/chat/completions", "/v1/chat/completions")) {
            Api.Reply reply = api.send("POST", path, null, "application/json",
                    chatWithImage(Api.uniqueModel(), 300_000));
            // No channel serves the made-up model: the body was read and judged, not refused for its size.
            assertNotEquals(TOO_LARGE, reply.status() == 400 ? reply.error().get("message") : null, reply.body());
            assertEquals(404, reply.status(), reply.body());
        }
    }

    @Test
    void theBrowserChatStillHasALimit() {
        assertTooLarge(api.send("POST", "/api/chat/completions", null, "application/json",
                chatWithImage(Api.uniqueModel(), 500_000)));
    }

    @Test
    void everyOtherRouteKeepsTheGeneralLimit() {
        String large = chatWithImage(Api.uniqueModel(), 200_000);
        assertTooLarge(api.send("POST", "/api/auth/login", null, "application/json", large));
        assertTooLarge(api.send("PUT", "/api/admin/config", api.adminToken(), "application/json", large));
    }

    @Test
    void bodiesWithinTheGeneralLimitPassEverywhere() {
        Api.Reply login = api.send("POST", "/api/auth/login", null, "application/json",
                "{\"email\":\"nobody@example.com\",\"password\":\"whatever1\"}");
        assertEquals(401, login.status(), login.body());
    }
}
