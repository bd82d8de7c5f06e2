package dev.switchboard.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.StreamResponse;
import com.openai.errors.UnauthorizedException;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** API keys end to end: create, use with the official OpenAI SDK and plain HTTP, limit, revoke; accounts and sessions. */
@MicronautTest(transactional = false)
@Property(name = "switchboard.defaults.user-rpm", value = "100000")
class ApiKeysHttpTest extends UpstreamHttpTestSupport {

    private static final String UPSTREAM_KEY = "sk-upstream-secret-keys-test";
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final List<String> keysSeen = new ArrayList<>();

    @BeforeEach
    void captureLogs() {
        logs.start();
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).addAppender(logs);
    }

    /** No key ever shows up in what the server logged during the test. */
    @AfterEach
    void noKeyInTheServerLog() {
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).detachAppender(logs);
        for (ILoggingEvent event : logs.list) {
            String line = event.getFormattedMessage() + (event.getThrowableProxy() == null ? ""
                    : event.getThrowableProxy().getMessage());
            keysSeen.forEach(key -> assertFalse(line.contains(key), "a key was logged: " + line));
        }
    }

    private static String email() {
        return "k-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    private Api.Reply createKey(String token, String body) {
        Api.Reply r = api.post("/api/keys", token, body);
        if (r.status() == 201) {
            keysSeen.add((String) r.map().get("key"));
        }
        return r;
    }

    private String newKey(String token, String body) {
        Api.Reply r = createKey(token, body);
        assertEquals(201, r.status(), r.body());
        return (String) r.map().get("key");
    }

    private Api.Reply withHeader(String method, String path, String header, String value, String body) {
        return api.send(method, path, null, body == null ? null : "application/json", body, Map.of(header, value));
    }

    private static String chat(String model) {
        return "{\"model\":\"" + model + "\",\"messages\":[{\"role\":\"user\",\"content\":\"Say hello\"}]}";
    }

    private long userId(String email) {
        Api.Reply r = api.get("/api/admin/users?q=" + email, admin);
        assertEquals(200, r.status(), r.body());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) r.map().get("items");
        assertEquals(1, items.size(), r.body());
        return ((Number) items.get(0).get("id")).longValue();
    }

    @Test
    void aKeyWorksWithTheOfficialOpenAiSdkSeesOnlyItsModelsAndDiesWhenRevoked() throws Exception {
        String allowed = Api.uniqueModel();
        String other = Api.uniqueModel();
        api.addChannel(admin, "Allowed", upstream.baseUrl("ok"), UPSTREAM_KEY, allowed);
        api.addChannel(admin, "Other", upstream.baseUrl("ok"), UPSTREAM_KEY, other);
        String email = email();
        String token = api.userToken(email, "user-password");
        Api.Reply empty = api.get("/api/keys", token);
        assertEquals(Map.of("items", List.of(), "total", 0, "page", 1, "size", 50), empty.map());

        Api.Reply created = createKey(token, "{\"name\":\"laptop sdk\",\"allowed_models\":[\"" + allowed + "\"],\"x\":1}");
        assertEquals(201, created.status(), created.body());
        Map<String, Object> body = created.map();
        String key = (String) body.get("key");
        assertTrue(key.matches("sb-[A-Za-z0-9_-]{43}"), key);
        assertEquals(key.substring(0, 8), body.get("prefix"));
        assertEquals(key.substring(key.length() - 4), body.get("last4"));
        assertEquals(List.of(allowed), body.get("allowed_models"));
        assertEquals(true, body.get("enabled"));
        assertNull(body.get("expires_at"));

        OpenAIClient client = OpenAIOkHttpClient.builder()
                .baseUrl("http://127.0.0.1:" + server.getPort() + "/v1").apiKey(key).build();
        List<String> models = client.models().list().items().stream().map(m -> m.id()).toList();
        assertTrue(models.contains(allowed), models.toString());
        assertFalse(models.contains(other), "a key limited to one model lists only it: " + models);
        StringBuilder text = new StringBuilder();
        try (StreamResponse<ChatCompletionChunk> stream = client.chat().completions().createStreaming(
                ChatCompletionCreateParams.builder().model(allowed).addUserMessage("Say hello").build())) {
            stream.stream().forEach(chunk -> chunk.choices().forEach(c -> c.delta().content().ifPresent(text::append)));
        }
        assertEquals("Hello world!", text.toString());

        Api.Reply viaHeader = withHeader("POST", "/v1/chat/completions", "x-api-key", key, chat(allowed));
        assertEquals(200, viaHeader.status(), viaHeader.body());
        Api.Reply otherModel = withHeader("POST", "/v1/chat/completions", "x-api-key", key, chat(other));
        assertEquals(403, otherModel.status(), otherModel.body());
        assertEquals("forbidden", otherModel.error().get("type"));

        Api.Reply list = api.get("/api/keys", token);
        assertEquals(200, list.status(), list.body());
        assertFalse(list.body().contains(key), "the key is shown only once");
        @SuppressWarnings("unchecked")
        Map<String, Object> item = ((List<Map<String, Object>>) list.map().get("items")).get(0);
        assertFalse(item.containsKey("key"));
        assertEquals(Long.valueOf(((Number) body.get("id")).longValue()), ((Number) item.get("id")).longValue());

        // the usage rows carry the key's id and name, under the owner's e-mail
        long deadline = System.currentTimeMillis() + 5000;
        List<?> rows;
        do {
            rows = (List<?>) api.get("/api/admin/logs?api_key=laptop&model=" + allowed, admin).map().get("items");
            Thread.sleep(50);
        } while (rows.size() < 2 && System.currentTimeMillis() < deadline);
        assertEquals(2, rows.size());
        @SuppressWarnings("unchecked")
        Map<String, Object> row = (Map<String, Object>) rows.get(0);
        assertEquals("laptop sdk", row.get("api_key_name"));
        assertEquals(email, row.get("username"));
        assertEquals(1, ((List<?>) api.get("/api/admin/logs?api_key=" + body.get("id") + "&model=" + allowed + "&size=1",
                admin).map().get("items")).size());
        String csv = api.get("/api/admin/logs/export?model=" + allowed, admin).body();
        assertTrue(csv.contains(",laptop sdk,0,0,chat,,\r\n"), csv); // no cost (unpriced channel), no group
        assertFalse(csv.contains(key));

        assertEquals(204, api.delete("/api/keys/" + body.get("id"), token).status());
        Api.Reply revoked = api.send("GET", "/v1/models", key, null, null);
        assertEquals(401, revoked.status(), revoked.body());
        assertEquals("unauthorized", revoked.error().get("type"));
        assertFalse(revoked.body().contains(key));
        assertEquals(401, withHeader("POST", "/v1/chat/completions", "x-api-key", key, chat(allowed)).status());
        assertThrows(UnauthorizedException.class, () -> client.models().list());
    }

    @Test
    void anUnknownMalformedOrExpiredKeyIs401AndAKeyOutsideItsNetworksIs403() throws Exception {
        String token = api.userToken(email(), "user-password");
        for (String bad : List.of("sb-" + "A".repeat(43), "sb-short", "sb-" + "é".repeat(43))) {
            Api.Reply r = withHeader("GET", "/v1/models", "x-api-key", bad, null);
            assertEquals(401, r.status(), r.body());
            assertFalse(r.body().contains(bad));
        }
        String soon = newKey(token, "{\"name\":\"short-lived\",\"expires_at\":\"" + Instant.now().plusMillis(1500) + "\"}");
        assertEquals(200, api.send("GET", "/v1/models", soon, null, null).status());
        Thread.sleep(1700);
        assertEquals(401, api.send("GET", "/v1/models", soon, null, null).status());

        String office = newKey(token, "{\"name\":\"office only\",\"allowed_cidrs\":[\"10.0.0.0/8\",\"2001:db8::/32\"]}");
        Api.Reply outside = api.send("GET", "/v1/models", office, null, null);
        assertEquals(403, outside.status(), outside.body());
        assertEquals("forbidden", outside.error().get("type"));
        String local = newKey(token, "{\"name\":\"loopback\",\"allowed_cidrs\":[\"127.0.0.0/8\"],"
                + "\"allowed_models\":[\"no-channel-serves-this\"]}");
        Api.Reply none = api.send("GET", "/v1/models", local, null, null);
        assertEquals(200, none.status(), none.body());
        assertEquals(Map.of("object", "list", "data", List.of()), none.map(), "an empty list still has data: []");
        assertEquals(401, api.get("/api/keys", local).status(), "a key is for /v1 only, not the console API");
    }

    @Test
    void badInputNamesTheFieldAnotherUsersKeyIsNotFoundAndTheFiftyFirstKeyIsAConflict() {
        String alice = api.userToken(email(), "user-password");
        String bob = api.userToken(email(), "user-password");
        Map<String, String> cases = Map.of(
                "{\"name\":\"\"}", "name",
                "{\"name\":\"" + "n".repeat(201) + "\"}", "name",
                "{\"name\":\"x\",\"expires_at\":\"2001-01-01T00:00:00Z\"}", "expires_at",
                "{\"name\":\"x\",\"expires_at\":\"tomorrow\"}", "expires_at",
                "{\"name\":\"x\",\"allowed_models\":\"gpt-4o\"}", "allowed_models",
                "{\"name\":\"x\",\"allowed_cidrs\":[\"10.0.0.0/33\"]}", "10.0.0.0/33",
                "{\"name\":12}", "name");
        cases.forEach((body, named) -> {
            Api.Reply r = createKey(alice, body);
            assertEquals(400, r.status(), body + " -> " + r.body());
            assertEquals("invalid_request", r.error().get("type"));
            assertTrue(((String) r.error().get("message")).contains(named), body + " -> " + r.body());
        });
        Api.Reply mine = createKey(alice, "{\"name\":\"mine\"}");
        Object id = mine.map().get("id");
        Api.Reply patchBad = api.send("PATCH", "/api/keys/" + id, alice, "application/json", "{\"enabled\":\"yes\"}");
        assertEquals(400, patchBad.status(), patchBad.body());
        assertTrue(patchBad.body().contains("enabled"));
        Api.Reply theirs = api.send("PATCH", "/api/keys/" + id, bob, "application/json", "{\"enabled\":false}");
        assertEquals(404, theirs.status(), theirs.body());
        assertEquals("not_found", theirs.error().get("type"));
        assertEquals(404, api.delete("/api/keys/" + id, bob).status());
        Api.Reply patched = api.send("PATCH", "/api/keys/" + id, alice, "application/json",
                "{\"enabled\":false,\"name\":\"renamed\",\"allowed_cidrs\":[\"10.1.2.3/8\"]}");
        assertEquals(200, patched.status(), patched.body());
        assertEquals(false, patched.map().get("enabled"));
        assertEquals(List.of("10.0.0.0/8"), patched.map().get("allowed_cidrs"));
        assertEquals(401, api.send("GET", "/v1/models", (String) mine.map().get("key"), null, null).status(),
                "a disabled key is refused");

        for (int i = 2; i <= 50; i++) {
            assertEquals(201, createKey(alice, "{\"name\":\"k" + i + "\"}").status());
        }
        Api.Reply tooMany = createKey(alice, "{\"name\":\"one too many\"}");
        assertEquals(409, tooMany.status(), tooMany.body());
        assertEquals("conflict", tooMany.error().get("type"));
        assertEquals(50L, ((Number) api.get("/api/keys?size=10", alice).map().get("total")).longValue());
        assertEquals(403, api.get("/api/keys", admin).status(), "admins have no keys of their own");
        Api.Reply adminList = api.get("/api/admin/keys?user=" + userId(emailOf(alice)) + "&size=5", admin);
        assertEquals(200, adminList.status(), adminList.body());
        assertEquals(50L, ((Number) adminList.map().get("total")).longValue());
        assertFalse(adminList.body().contains("\"key\""));
    }

    private String emailOf(String token) {
        return (String) api.get("/api/auth/me", token).map().get("email");
    }

    @Test
    void aDisabledUserIsRefusedAtOnceWithJwtAndKeyAndCannotSignIn() {
        String model = Api.uniqueModel();
        api.addChannel(admin, "ForDisabled", upstream.baseUrl("ok"), UPSTREAM_KEY, model);
        String email = email();
        String token = api.userToken(email, "user-password");
        String key = newKey(token, "{\"name\":\"agent\"}");
        long id = userId(email);

        Api.Reply off = api.send("PATCH", "/api/admin/users/" + id, admin, "application/json", "{\"enabled\":false}");
        assertEquals(200, off.status(), off.body());
        assertEquals(false, off.map().get("enabled"));
        for (Api.Reply r : List.of(api.get("/api/keys", token), api.post("/api/chat/completions", token, chat(model)),
                api.send("POST", "/v1/chat/completions", key, "application/json", chat(model)),
                withHeader("GET", "/v1/models", "x-api-key", key, null),
                api.post("/api/auth/login", null, "{\"email\":\"" + email + "\",\"password\":\"user-password\"}"))) {
            assertEquals(403, r.status(), r.body());
            assertEquals("account_disabled", r.error().get("type"));
        }

        assertEquals(200, api.send("PATCH", "/api/admin/users/" + id, admin, "application/json",
                "{\"enabled\":true}").status());
        assertEquals(401, api.get("/api/keys", token).status(), "disabling ended the old sessions for good");
        assertEquals(200, api.send("GET", "/v1/models", key, null, null).status(), "keys work again");
        assertEquals(200, api.get("/api/keys", api.userToken(email, "user-password")).status());
    }

    @Test
    void logoutEndsThatTokenLogoutAllAndAResetEndEveryTokenAndADeletedUserIs401() {
        String model = Api.uniqueModel();
        api.addChannel(admin, "ForSessions", upstream.baseUrl("ok"), UPSTREAM_KEY, model);
        String email = email();
        String first = api.userToken(email, "user-password");
        String second = api.userToken(email, "user-password");
        assertEquals(204, api.post("/api/auth/logout", first, null).status());
        assertEquals(401, api.get("/api/auth/me", first).status());
        assertEquals(200, api.get("/api/auth/me", second).status(), "only the presented token ended");

        assertEquals(204, api.post("/api/auth/logout-all", second, null).status());
        assertEquals(401, api.get("/api/auth/me", second).status());
        String third = api.userToken(email, "user-password");
        assertEquals(200, api.get("/api/auth/me", third).status());

        long id = userId(email);
        Api.Reply weak = api.post("/api/admin/users/" + id + "/password", admin, "{\"password\":\"short\"}");
        assertEquals(400, weak.status(), weak.body());
        assertEquals(204, api.post("/api/admin/users/" + id + "/password", admin, "{\"password\":\"new-password\"}").status());
        assertEquals(401, api.get("/api/auth/me", third).status());
        assertEquals(401, api.post("/api/auth/login", null, "{\"email\":\"" + email + "\",\"password\":\"user-password\"}").status());
        String fourth = api.userToken(email, "new-password");
        String key = newKey(fourth, "{\"name\":\"doomed\"}");
        assertEquals(200, api.post("/api/chat/completions", fourth, chat(model)).status());

        assertEquals(204, api.delete("/api/admin/users/" + id, admin).status());
        Api.Reply gone = api.post("/api/chat/completions", fourth, chat(model));
        assertEquals(401, gone.status(), gone.body());
        assertEquals("unauthorized", gone.error().get("type"));
        assertEquals(401, api.send("GET", "/v1/models", key, null, null).status());
        assertEquals(404, api.delete("/api/admin/users/" + id, admin).status());
        assertEquals(0L, ((Number) api.get("/api/admin/keys?user=" + id, admin).map().get("total")).longValue());
        // the usage rows keep the e-mail
        long deadline = System.currentTimeMillis() + 5000;
        List<?> rows;
        do {
            rows = (List<?>) api.get("/api/admin/logs?model=" + model, admin).map().get("items");
        } while (rows.isEmpty() && System.currentTimeMillis() < deadline);
        assertEquals(email, ((Map<?, ?>) rows.get(0)).get("username"));

        String adminToken = api.adminToken();
        assertEquals(204, api.post("/api/auth/logout-all", adminToken, null).status());
        assertEquals(401, api.get("/api/admin/users", adminToken).status());
        admin = api.adminToken();
        assertEquals(200, api.get("/api/admin/users", admin).status());
    }

    @Test
    void theAdminListsUsersWithThisMonthsUsageAndCreatesThem() {
        String model = Api.uniqueModel();
        api.addChannel(admin, "ForList", upstream.baseUrl("ok"), UPSTREAM_KEY, model);
        String email = email();
        String token = api.userToken(email, "user-password");
        assertEquals(200, api.post("/api/chat/completions", token, chat(model)).status());
        long deadline = System.currentTimeMillis() + 5000;
        Map<?, ?> user;
        do {
            user = (Map<?, ?>) ((List<?>) api.get("/api/admin/users?q=" + email.toUpperCase(), admin).map().get("items")).get(0);
        } while (((Number) user.get("calls_month")).longValue() == 0 && System.currentTimeMillis() < deadline);
        assertEquals(List.of("id", "email", "enabled", "group_id", "created_at", "last_seen_at", "calls_month",
                "tokens_month", "cost_month"), new ArrayList<>(user.keySet()));
        assertEquals(1L, ((Number) user.get("calls_month")).longValue());
        assertTrue(((Number) user.get("tokens_month")).longValue() > 0);
        assertNotNull(user.get("last_seen_at"));
        assertEquals(0, ((Number) user.get("cost_month")).intValue(), "the channel has no prices");

        String created = email();
        Api.Reply r = api.post("/api/admin/users", admin, "{\"email\":\"" + created + "\",\"password\":\"pass-word-1\"}");
        assertEquals(201, r.status(), r.body());
        assertEquals(created, r.map().get("email"));
        assertEquals(409, api.post("/api/admin/users", admin, "{\"email\":\"" + created + "\",\"password\":\"pass-word-1\"}").status());
        assertEquals(400, api.get("/api/admin/users?page=0", admin).status());
        assertEquals(404, api.send("PATCH", "/api/admin/users/999999", admin, "application/json", "{\"enabled\":false}").status());
        assertEquals(403, api.get("/api/admin/users", token).status());
    }
}
