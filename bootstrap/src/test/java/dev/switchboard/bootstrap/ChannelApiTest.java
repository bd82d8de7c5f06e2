package dev.switchboard.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.application.port.out.channel.ChannelRepository;
import dev.switchboard.application.port.out.security.SecretCipher;
import dev.switchboard.domain.channel.ChannelId;
import io.micronaut.context.annotation.Value;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class ChannelApiTest {

    private static final String KEY = "sk-proj-Zq81verySecretKeyMaterial9f3e";

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    SecretCipher cipher;
    @Inject
    ChannelRepository repository;
    @Value("${switchboard.database-path}")
    String databasePath;

    Api api;
    String admin;

    @BeforeEach
    void setUp() {
        api = new Api(server.getURI(), json);
        admin = api.adminToken();
    }

    private long create(String name) {
        return api.addChannel(admin, name, "https://api.deepseek.com/v1/", KEY, "deepseek-reasoner");
    }

    @Test
    void createsWithDefaultsAndShowsOnlyAMaskedKey() {
        long id = create("DeepSeek");
        Map<String, Object> c = api.get("/api/admin/channels/" + id, admin).map();
        assertEquals("DeepSeek", c.get("name"));
        assertEquals("https://api.deepseek.com/v1", c.get("base_url"));
        assertEquals("sk-…9f3e", c.get("api_key"));
        assertEquals("deepseek-reasoner", c.get("model_id"));
        assertEquals(60, ((Number) c.get("rpm_limit")).intValue());
        assertEquals(true, c.get("is_enabled"));
        assertTrue(((String) c.get("created_at")).matches("\\d{4}-\\d\\d-\\d\\dT.*(Z|[+-]\\d\\d:\\d\\d)"));
        assertFalse(api.get("/api/admin/channels", admin).body().contains("verySecret"));
    }

    @Test
    void editingWithoutAKeyKeepsTheStoredKey() {
        long id = create("Keep");
        Api.Reply r = api.put("/api/admin/channels/" + id, admin, "{\"name\":\"Kept\",\"rpm_limit\":5,\"is_enabled\":false}");
        assertEquals(200, r.status(), r.body());
        assertEquals("Kept", r.map().get("name"));
        assertEquals(5, ((Number) r.map().get("rpm_limit")).intValue());
        assertEquals(false, r.map().get("is_enabled"));
        assertEquals(KEY, cipher.open(repository.findById(new ChannelId(id)).orElseThrow().apiKey()));

        Api.Reply rekey = api.put("/api/admin/channels/" + id, admin, "{\"api_key\":\"sk-new-secret-key-000011112222\"}");
        assertEquals(200, rekey.status(), rekey.body());
        assertEquals("sk-…2222", rekey.map().get("api_key"));
        assertEquals("sk-new-secret-key-000011112222",
                cipher.open(repository.findById(new ChannelId(id)).orElseThrow().apiKey()));
    }

    @Test
    void deletesAndThenReportsNotFound() {
        long id = create("Gone");
        assertEquals(204, api.delete("/api/admin/channels/" + id, admin).status());
        Api.Reply again = api.delete("/api/admin/channels/" + id, admin);
        assertEquals(404, again.status());
        assertEquals("not_found", again.error().get("type"));
        assertEquals(404, api.get("/api/admin/channels/" + id, admin).status());
        assertEquals(404, api.put("/api/admin/channels/" + id, admin, "{\"name\":\"x\"}").status());
    }

    @Test
    void refusesInvalidChannelsWith400AndStoresNothing() {
        int before = api.get("/api/admin/channels", admin).list().size();
        String[] bad = {
                "{\"name\":\"\",\"base_url\":\"https://h/v1\",\"api_key\":\"k\",\"model_id\":\"m\"}",
                "{\"name\":\"n\",\"base_url\":\"h/v1\",\"api_key\":\"k\",\"model_id\":\"m\"}",
                "{\"name\":\"n\",\"base_url\":\"ftp://h/v1\",\"api_key\":\"k\",\"model_id\":\"m\"}",
                "{\"name\":\"n\",\"base_url\":\"https://h/v1\",\"model_id\":\"m\"}",
                "{\"name\":\"n\",\"base_url\":\"https://h/v1\",\"api_key\":\"k\",\"model_id\":\" \"}",
                "{\"name\":\"n\",\"base_url\":\"https://h/v1\",\"api_key\":\"k\",\"model_id\":\"m\",\"rpm_limit\":0}",
                "{\"name\":\"n\",\"base_url\":\"https://h/v1\",\"api_key\":\"k\",\"model_id\":\"m\",\"rpm_limit\":100001}",
                "{\"name\":\"n\",\"base_url\":\"https://h/v1\",\"api_key\":\"k\",\"model_id\":\"m\",\"rpm_limit\":\"abc\"}",
                "{\"name\":\"n\",",
                "[]",
        };
        for (String body : bad) {
            Api.Reply r = api.post("/api/admin/channels", admin, body);
            assertEquals(400, r.status(), body + " -> " + r.body());
            assertEquals("invalid_request", r.error().get("type"), body);
            assertFalse(r.body().contains("at dev.") || r.body().contains("Exception"), r.body());
        }
        assertEquals(before, api.get("/api/admin/channels", admin).list().size());
    }

    @Test
    void theDatabaseFileHoldsNoPlaintextKey() throws Exception {
        create("AtRest");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + databasePath);
             ResultSet rs = c.createStatement().executeQuery("SELECT api_key_cipher FROM channels")) {
            while (rs.next()) {
                assertFalse(rs.getString(1).contains("verySecret"));
                assertTrue(rs.getString(1).startsWith("v1:"));
            }
        }
        for (String suffix : new String[] {"", "-wal"}) {
            Path file = Path.of(databasePath + suffix);
            if (Files.exists(file)) {
                String raw = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertFalse(raw.contains("verySecretKeyMaterial"), "plaintext key found in " + file);
            }
        }
    }

    @Test
    void aChannelWithoutTypeIsOpenAiAndTheProfileFieldsAreSetCheckedAndKeptOnEdit() {
        long plain = create("Plain");
        Map<String, Object> c = api.get("/api/admin/channels/" + plain, admin).map();
        assertEquals(java.util.List.of("openai", "deepseek-reasoner", "auto", false, 0, 1),
                java.util.List.of(c.get("type"), c.get("upstream_model"), c.get("reasoning"), c.get("vision"),
                        c.get("priority"), c.get("weight")));
        assertEquals(null, c.get("context_window"));

        Api.Reply claude = api.post("/api/admin/channels", admin, "{\"name\":\"Claude\",\"type\":\"anthropic\","
                + "\"base_url\":\"https://api.anthropic.com/v1\",\"api_key\":\"sk-ant-x\",\"model_id\":\"claude\","
                + "\"upstream_model\":\"claude-sonnet-4-5\",\"reasoning\":4096,\"context_window\":200000,\"vision\":true}");
        assertEquals(201, claude.status(), claude.body());
        long id = ((Number) claude.map().get("id")).longValue();
        api.put("/api/admin/channels/" + id, admin, "{\"name\":\"Claude 2\"}");
        Map<String, Object> edited = api.get("/api/admin/channels/" + id, admin).map();
        assertEquals(java.util.List.of("anthropic", "claude-sonnet-4-5", "4096", 200000, true),
                java.util.List.of(edited.get("type"), edited.get("upstream_model"), edited.get("reasoning"),
                        edited.get("context_window"), edited.get("vision")));
        api.put("/api/admin/channels/" + id, admin, "{\"reasoning\":\"off\",\"upstream_model\":\"\",\"context_window\":0}");
        Map<String, Object> cleared = api.get("/api/admin/channels/" + id, admin).map();
        assertEquals(java.util.List.of("off", "claude"), java.util.List.of(cleared.get("reasoning"), cleared.get("upstream_model")));
        assertEquals(null, cleared.get("context_window"));

        for (String bad : new String[] {"{\"type\":\"cohere\"}", "{\"reasoning\":\"lots\"}", "{\"reasoning\":100}",
                "{\"weight\":0}", "{\"context_window\":-5}"}) {
            Api.Reply refused = api.put("/api/admin/channels/" + id, admin, bad);
            assertEquals(400, refused.status(), bad + " -> " + refused.body());
        }
    }
}
