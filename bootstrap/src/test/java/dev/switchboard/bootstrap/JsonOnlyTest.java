package dev.switchboard.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The API takes JSON bodies only, so a web page cannot make its visitors' browsers post "simple" requests. */
@MicronautTest(transactional = false)
class JsonOnlyTest {

    private static final String CHAT = "{\"model\":\"any\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(server.getURI(), json);
    }

    private static void assert415(Api.Reply reply) {
        assertEquals(415, reply.status(), reply.body());
        assertEquals("unsupported_media_type", reply.error().get("type"));
    }

    @Test
    void aTextPlainOrFormChatIsRefusedWith415() {
        assert415(api.send("POST", "/api/chat/completions", null, "text/plain", CHAT));
        assert415(api.send("POST", "/v1/chat/completions", null, "text/plain;charset=UTF-8", CHAT));
        assert415(api.send("POST", "/api/chat/completions", null, "application/x-www-form-urlencoded", "a=b"));
        assert415(api.send("POST", "/api/chat/completions", null, "multipart/form-data; boundary=x", "--x--"));
        assert415(api.send("POST", "/api/chat/completions", null, null, CHAT));
    }

    @Test
    void otherWritesAreJsonOnlyToo() {
        String admin = api.adminToken();
        assert415(api.send("PUT", "/api/admin/config", admin, "text/plain", "{\"guest_rpm\":5}"));
        assert415(api.send("POST", "/api/auth/login", null, "application/x-www-form-urlencoded", "email=a&password=b"));
        assert415(api.send("PATCH", "/api/admin/channels/1", admin, "text/plain", "{}"));
        assert415(api.send("POST", "/api/admin/channels/1/test", admin, "text/plain", null));
        assert415(api.send("POST", "/api/admin/channels/1/test", admin, "application/x-www-form-urlencoded", ""));
    }

    @Test
    void jsonWithACharsetAndBodylessPostsWithoutAContentTypeStillPass() {
        Api.Reply withCharset = api.send("POST", "/api/auth/login", null, "Application/JSON; charset=utf-8",
                "{\"email\":\"nobody@example.com\",\"password\":\"whatever1\"}");
        assertEquals(401, withCharset.status(), withCharset.body());
        String admin = api.adminToken();
        long id = api.addChannel(admin, "bodyless", "http://127.0.0.1:9/v1", "sk-x", Api.uniqueModel());
        Api.Reply test = api.send("POST", "/api/admin/channels/" + id + "/test", admin, null, null);
        assertNotEquals(415, test.status(), test.body());
        assertEquals(200, test.status(), test.body());
    }
}
