package dev.switchboard.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Control characters never get into e-mails, names or model ids; credentials never into a base URL. */
@MicronautTest(transactional = false)
class TextHygieneHttpTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(server.getURI(), json);
    }

    private static void assert400Naming(Api.Reply reply, String field) {
        assertEquals(400, reply.status(), reply.body());
        assertEquals("invalid_request", reply.error().get("type"));
        assertTrue(((String) reply.error().get("message")).contains(field), reply.body());
    }

    @Test
    void aNulInAnEmailIsA400() {
        assert400Naming(api.post("/api/auth/register", null,
                "{\"email\":\"evil\\u0000@example.com\",\"password\":\"long enough 1\"}"), "email");
        assert400Naming(api.post("/api/auth/register", null,
                "{\"email\":\"evil@example.com\\u0000\",\"password\":\"long enough 1\"}"), "email");
        assertEquals(201, api.post("/api/auth/register", null,
                "{\"email\":\"clean@example.com\",\"password\":\"long enough 1\"}").status());
    }

    @Test
    void channelNamesAndModelIdsRefuseControlCharacters() {
        String admin = api.adminToken();
        assert400Naming(api.post("/api/admin/channels", admin, "{\"name\":\"a\\u0000b\",\"base_url\":\"http://127.0.0.1:9/v1\","
                + "\"api_key\":\"k\",\"model_id\":\"m\"}"), "name");
        assert400Naming(api.post("/api/admin/channels", admin, "{\"name\":\"ok\",\"base_url\":\"http://127.0.0.1:9/v1\","
                + "\"api_key\":\"k\",\"model_id\":\"gpt\\n4o\"}"), "model_id");
        assert400Naming(api.post("/api/admin/blocked-ips", admin, "{\"ip_address\":\"192.0.2.9\",\"reason\":\"x\\u0000\"}"),
                "reason");
    }

    @Test
    void aBaseUrlWithCredentialsIsRefusedAndNeverEchoed() {
        String admin = api.adminToken();
        Api.Reply reply = api.post("/api/admin/channels", admin, "{\"name\":\"creds\",\"base_url\":"
                + "\"https://user:hunter2@api.example.com/v1\",\"api_key\":\"k\",\"model_id\":\"m\"}");
        assert400Naming(reply, "base_url");
        assertTrue(reply.body().contains("put credentials in the API key field"), reply.body());
        assertFalse(reply.body().contains("hunter2"), reply.body());
        long id = api.addChannel(admin, "fine", "http://127.0.0.1:9/v1", "k", Api.uniqueModel());
        assert400Naming(api.put("/api/admin/channels/" + id, admin, "{\"base_url\":\"http://u:p@127.0.0.1:9/v1\"}"), "base_url");
    }
}
