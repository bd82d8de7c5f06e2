package dev.switchboard.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Groups and quotas end to end (SPEC §14, issue 17) against the mock upstream, whose every answer uses 11 prompt and
 * 3 completion tokens: 14 tokens a call.
 */
@MicronautTest(transactional = false)
@Property(name = "switchboard.defaults.user-rpm", value = "100000")
class QuotaHttpTest extends MessagesTestSupport {

    private static final int CALL = 14;
    private static final String EXHAUSTED = "本月额度已用完";

    /** A student: their JWT, an API key of theirs and their id. */
    record Student(String token, String key, long id) {
    }

    private Student student(Long groupId) {
        String email = "q-" + UUID.randomUUID().toString().substring(0, 8) + "@school.example";
        String token = api.userToken(email, "user-password");
        Api.Reply key = api.post("/api/keys", token, "{\"name\":\"sdk\"}");
        assertEquals(201, key.status(), key.body());
        Api.Reply users = api.get("/api/admin/users?q=" + email, admin);
        @SuppressWarnings("unchecked")
        long id = ((Number) ((List<Map<String, Object>>) users.map().get("items")).get(0).get("id")).longValue();
        if (groupId != null) {
            Api.Reply moved = api.send("PATCH", "/api/admin/users/" + id, admin, "application/json",
                    "{\"group_id\":" + groupId + "}");
            assertEquals(200, moved.status(), moved.body());
            assertEquals(groupId, ((Number) moved.map().get("group_id")).longValue());
        }
        return new Student(token, (String) key.map().get("key"), id);
    }

    private long group(String fields) {
        Api.Reply r = api.post("/api/admin/groups", admin,
                "{\"name\":\"class-" + UUID.randomUUID().toString().substring(0, 6) + "\"" + fields + "}");
        assertEquals(201, r.status(), r.body());
        return ((Number) r.map().get("id")).longValue();
    }

    private String model() {
        String model = Api.uniqueModel();
        api.addChannel(admin, "quota", upstream.baseUrl("ok"), UPSTREAM_KEY, model, 100_000);
        return model;
    }

    private Api.Reply chat(String path, String model, boolean stream, String token, String key) {
        String body = switch (path) {
            case "/v1/messages" -> "{\"model\":\"" + model + "\",\"max_tokens\":100,\"stream\":" + stream
                    + ",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
            case "/v1/responses" -> "{\"model\":\"" + model + "\",\"input\":\"hi\",\"stream\":" + stream + "}";
            default -> "{\"model\":\"" + model + "\",\"stream\":" + stream
                    + ",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
        };
        Map<String, String> headers = key == null ? Map.of() : Map.of("x-api-key", key);
        return api.send("POST", path, token, "application/json", body, headers);
    }

    private static String nextMonth() {
        ZoneId zone = ZoneId.systemDefault();
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                LocalDate.now(zone).withDayOfMonth(1).plusMonths(1).atStartOfDay(zone).toOffsetDateTime());
    }

    private static void assertQuotaRefusal(String path, Api.Reply r) {
        assertEquals(429, r.status(), r.body());
        if (path.equals("/v1/messages")) {
            assertEquals("{\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\",\"message\":\"" + EXHAUSTED
                    + "\"}}", r.body());
        } else {
            assertEquals("{\"error\":{\"type\":\"quota_exceeded\",\"message\":\"" + EXHAUSTED + "\",\"reset_at\":\""
                    + nextMonth() + "\"}}", r.body());
        }
        assertTrue(Long.parseLong(r.header("Retry-After")) > 0, r.header("Retry-After"));
    }

    @Test
    void sequentialRequestsAreRefusedExactlyOnceTheMemberQuotaIsReached() {
        String model = model();
        Student student = student(group(",\"member_monthly_token_quota\":" + (3 * CALL - 1)));
        for (int i = 0; i < 3; i++) {
            Api.Reply ok = chat("/v1/chat/completions", model, false, student.token(), null);
            assertEquals(200, ok.status(), "call " + (i + 1) + ": " + ok.body());
        }
        assertQuotaRefusal("/v1/chat/completions", chat("/v1/chat/completions", model, false, student.token(), null));
        Api.Reply mine = api.get("/api/me/usage", student.token());
        assertEquals(200, mine.status(), mine.body());
        assertEquals(3, ((Number) mine.map().get("calls")).intValue());
        assertEquals(3 * CALL, ((Number) mine.map().get("tokens")).intValue());
        assertEquals(Map.of("tokens", 3 * CALL - 1, "cost", "null"), withNullText(mine.map().get("quota")));
        assertEquals(Map.of("tokens", 0, "cost", "null"), withNullText(mine.map().get("remaining")));
        assertEquals(nextMonth(), ((Map<?, ?>) mine.map().get("period")).get("end"));
        assertEquals(api.get("/api/admin/config", admin).map().get("currency"), mine.map().get("currency"));
    }

    static Stream<Arguments> surfaces() {
        List<Arguments> all = new ArrayList<>();
        for (String path : List.of("/api/chat/completions", "/v1/chat/completions", "/v1/messages", "/v1/responses")) {
            for (boolean stream : List.of(false, true)) {
                all.add(Arguments.of(path, stream, "jwt"));
                if (path.startsWith("/v1/")) {
                    all.add(Arguments.of(path, stream, "key"));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} stream={1} by {2}")
    @MethodSource("surfaces")
    void everySurfaceRefusesAMemberOverQuotaWithTheExactBody(String path, boolean stream, String auth) {
        String model = model();
        Student student = student(group(",\"member_monthly_token_quota\":" + CALL));
        Api.Reply first = chat(path, model, stream, auth.equals("jwt") ? student.token() : null,
                auth.equals("key") ? student.key() : null);
        assertEquals(200, first.status(), first.body());
        assertQuotaRefusal(path, chat(path, model, stream, auth.equals("jwt") ? student.token() : null,
                auth.equals("key") ? student.key() : null));
    }

    @Test
    void fiftyConcurrentRequestsOvershootByAtMostTheRequestsInFlight() throws Exception {
        String model = model();
        int quota = 5 * CALL;
        Student student = student(group(",\"member_monthly_token_quota\":" + quota));
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            calls.add(http.sendAsync(api.postRequest("/v1/chat/completions", student.token(),
                    "{\"model\":\"" + model + "\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}", Map.of()),
                    HttpResponse.BodyHandlers.ofString()));
        }
        long accepted = 0;
        for (CompletableFuture<HttpResponse<String>> call : calls) {
            HttpResponse<String> r = call.get();
            assertTrue(r.statusCode() == 200 || r.statusCode() == 429, r.body());
            accepted += r.statusCode() == 200 ? 1 : 0;
        }
        // never refused below the quota; above it only what was already in flight (at most all 50) got through
        assertTrue(accepted >= quota / CALL && accepted <= 50, "accepted " + accepted);
        assertEquals(accepted, rows(model, (int) accepted).size());
        assertQuotaRefusal("/v1/chat/completions", chat("/v1/chat/completions", model, false, student.token(), null));
    }

    @Test
    void aQuotaChangeTakesEffectOnTheNextRequest() {
        String model = model();
        long groupId = group(",\"member_monthly_token_quota\":" + CALL);
        Student student = student(groupId);
        assertEquals(200, chat("/v1/chat/completions", model, false, student.token(), null).status());
        assertEquals(429, chat("/v1/chat/completions", model, false, student.token(), null).status());
        Api.Reply raised = api.put("/api/admin/groups/" + groupId, admin, "{\"member_monthly_token_quota\":null}");
        assertEquals(200, raised.status(), raised.body());
        assertNull(raised.map().get("member_monthly_token_quota"));
        assertEquals(200, chat("/v1/chat/completions", model, false, student.token(), null).status());
        Api.Reply removed = api.send("PATCH", "/api/admin/users/" + student.id(), admin, "application/json",
                "{\"group_id\":null}");
        assertEquals(200, removed.status(), removed.body());
        assertNull(removed.map().get("group_id"));
    }

    @Test
    void aMemberCannotListOrChatWithAModelOutsideTheGroup() {
        String allowed = model();
        String other = model();
        Student student = student(group(",\"allowed_models\":[\"" + allowed + "\"]"));
        String chatModels = api.get("/api/chat/models", student.token()).body();
        assertTrue(chatModels.contains(allowed), chatModels);
        assertFalse(chatModels.contains(other), chatModels);
        String v1Models = api.send("GET", "/v1/models", null, null, null, Map.of("x-api-key", student.key())).body();
        assertTrue(v1Models.contains(allowed) && !v1Models.contains(other), v1Models);
        String anthropicModels = api.send("GET", "/v1/models", student.token(), null, null,
                Map.of("anthropic-version", "2023-06-01")).body();
        assertTrue(anthropicModels.contains(allowed) && !anthropicModels.contains(other), anthropicModels);
        assertTrue(api.get("/api/chat/models", null).body().contains(other), "guests still see every model");

        Api.Reply refused = chat("/v1/chat/completions", other, false, student.token(), null);
        assertEquals(403, refused.status(), refused.body());
        assertEquals("forbidden", refused.error().get("type"));
        Api.Reply anthropic = chat("/v1/messages", other, false, null, student.key());
        assertEquals(403, anthropic.status(), anthropic.body());
        assertTrue(anthropic.body().contains("\"permission_error\""), anthropic.body());
        assertEquals(200, chat("/v1/chat/completions", allowed, false, student.token(), null).status());
    }

    @Test
    void theGroupRpmOverridesTheUserRpmForJwtsAndKeysAlike() {
        String model = model();
        Student student = student(group(",\"rpm\":2"));
        assertEquals(200, chat("/v1/chat/completions", model, false, student.token(), null).status());
        assertEquals(200, chat("/v1/chat/completions", model, false, null, student.key()).status());
        Api.Reply limited = chat("/v1/chat/completions", model, false, null, student.key());
        assertEquals(429, limited.status(), limited.body());
        assertEquals("rate_limit_exceeded", limited.error().get("type"));
    }

    @Test
    void groupsAreCreatedListedRenamedAndDeletedWithTheirMembersReleased() {
        String name = "team-" + UUID.randomUUID().toString().substring(0, 6);
        Api.Reply created = api.post("/api/admin/groups", admin, "{\"name\":\"" + name + "\",\"rpm\":30,"
                + "\"allowed_models\":[\"a\"],\"monthly_token_quota\":20000000,\"monthly_cost_quota\":\"12.5\","
                + "\"member_monthly_token_quota\":200000,\"member_monthly_cost_quota\":0.25}");
        assertEquals(201, created.status(), created.body());
        long id = ((Number) created.map().get("id")).longValue();
        assertEquals(java.util.Set.of("id", "name", "rpm", "allowed_models", "monthly_token_quota", "monthly_cost_quota",
                "member_monthly_token_quota", "member_monthly_cost_quota"), created.map().keySet());
        assertEquals(0, new BigDecimal("12.5").compareTo(new BigDecimal(created.map().get("monthly_cost_quota").toString())));
        assertEquals(409, api.post("/api/admin/groups", admin, "{\"name\":\"" + name + "\"}").status());
        assertEquals(400, api.post("/api/admin/groups", admin, "{\"name\":\"x\",\"rpm\":0}").status());
        assertEquals(400, api.post("/api/admin/groups", admin, "{\"name\":\"y\",\"monthly_cost_quota\":-1}").status());
        assertEquals(404, api.put("/api/admin/groups/999999", admin, "{\"name\":\"z\"}").status());
        assertEquals(404, api.delete("/api/admin/groups/999999", admin).status());
        Api.Reply page = api.get("/api/admin/groups?page=1&size=500", admin);
        assertTrue(page.body().contains(name), page.body());
        assertTrue(page.map().containsKey("total"), page.body());

        Student member = student(id);
        Api.Reply unknown = api.send("PATCH", "/api/admin/users/" + member.id(), admin, "application/json",
                "{\"group_id\":999999}");
        assertEquals(400, unknown.status(), unknown.body());
        assertEquals(204, api.delete("/api/admin/groups/" + id, admin).status());
        assertEquals(404, api.get("/api/admin/groups/" + id, admin).status());
        assertFalse(api.get("/api/admin/groups?size=500", admin).body().contains(name));
        Api.Reply mine = api.get("/api/me/usage", member.token());
        assertNull(((Map<?, ?>) mine.map().get("quota")).get("tokens"), "no group, no settings quota: " + mine.body());
    }

    @Test
    void guestsAndAdminsHaveNoUsageOfTheirOwn() {
        assertEquals(401, api.get("/api/me/usage", null).status());
        assertEquals(403, api.get("/api/me/usage", admin).status());
        Student student = student(null);
        Api.Reply byKey = api.send("GET", "/api/me/usage", null, null, null, Map.of("x-api-key", student.key()));
        assertEquals(200, byKey.status(), byKey.body());
    }

    @Test
    void pricesAreValidatedAndEachRowCostsWhatTheChannelCharged() throws Exception {
        String model = Api.uniqueModel();
        Api.Reply negative = api.post("/api/admin/channels", admin, "{\"name\":\"p\",\"base_url\":\""
                + upstream.baseUrl("ok") + "\",\"api_key\":\"" + UPSTREAM_KEY + "\",\"model_id\":\"" + model
                + "\",\"input_price\":-1}");
        assertEquals(400, negative.status(), negative.body());
        assertEquals("invalid_request", negative.error().get("type"));
        assertTrue(String.valueOf(negative.error().get("message")).contains("input_price"), negative.body());
        Api.Reply priced = api.post("/api/admin/channels", admin, "{\"name\":\"p\",\"base_url\":\""
                + upstream.baseUrl("ok") + "\",\"api_key\":\"" + UPSTREAM_KEY + "\",\"model_id\":\"" + model
                + "\",\"rpm_limit\":100000,\"input_price\":\"1\",\"output_price\":2}");
        assertEquals(201, priced.status(), priced.body());
        assertTrue(priced.body().contains("\"input_price\":1") && priced.body().contains("\"cached_input_price\":null"),
                priced.body());
        Student student = student(null);
        for (int i = 0; i < 3; i++) {
            assertEquals(200, chat("/v1/chat/completions", model, i == 1, student.token(), null).status());
        }
        List<Map<String, Object>> rows = rows(model, 3);
        // 11 prompt tokens at 1 and 3 completion tokens at 2 per million: 17 millionths each
        rows.forEach(row -> assertEquals(17_000L, ((Number) row.get("cost_nanos")).longValue(), row.toString()));
        Api.Reply logs = api.get("/api/admin/logs?model=" + model, admin);
        assertTrue(logs.body().contains("\"cost\":0.000017"), logs.body());
        String csv = api.get("/api/admin/logs/export?model=" + model, admin).body();
        assertTrue(csv.contains(",cost,group\r\n") && csv.contains(",0.000017,"), csv);
    }

    @Test
    void theStatisticsCostIsTheSumOfTheRowsCosts() throws Exception {
        String model = Api.uniqueModel();
        api.post("/api/admin/channels", admin, "{\"name\":\"s\",\"base_url\":\"" + upstream.baseUrl("ok")
                + "\",\"api_key\":\"" + UPSTREAM_KEY + "\",\"model_id\":\"" + model
                + "\",\"rpm_limit\":100000,\"input_price\":0.3,\"output_price\":1.7,\"cached_input_price\":0.1}");
        Student student = student(null);
        for (int i = 0; i < 4; i++) {
            assertEquals(200, chat("/api/chat/completions", model, i % 2 == 0, student.token(), null).status());
        }
        rows(model, 4);
        long deadline = System.currentTimeMillis() + 5000;
        BigDecimal fromRows;
        BigDecimal fromStats;
        do {
            fromRows = BigDecimal.ZERO;
            for (Object item : (List<?>) api.get("/api/admin/logs?size=500", admin).map().get("items")) {
                Object cost = ((Map<?, ?>) item).get("cost");
                fromRows = cost == null ? fromRows : fromRows.add(new BigDecimal(cost.toString()));
            }
            Map<String, Object> stats = api.get("/api/admin/stats", admin).map();
            fromStats = new BigDecimal(((Map<?, ?>) stats.get("cost")).get("month").toString());
        } while (fromRows.compareTo(fromStats) != 0 && System.currentTimeMillis() < deadline);
        assertEquals(0, fromRows.compareTo(fromStats), fromRows + " vs " + fromStats);
        // 11 × 0.3 + 3 × 1.7 = 8.4 millionths a call
        String stats = api.get("/api/admin/stats", admin).body();
        assertTrue(stats.contains("{\"model\":\"" + model + "\",\"calls\":4,\"cost\":0.0000336}"), stats);
        assertTrue(stats.contains("\"top_users\":[{\"user\":"), stats);
    }

    @Test
    void settingsCarryTheCurrencyAndTheGuestsDailyQuota() {
        String model = model();
        Api.Reply set = api.put("/api/admin/config", admin, "{\"currency\":\"CNY\",\"guest_daily_token_quota\":" + CALL
                + ",\"user_monthly_token_quota\":null}");
        assertEquals(200, set.status(), set.body());
        assertEquals("CNY", set.map().get("currency"));
        try {
            assertEquals(200, chat("/api/chat/completions", model, false, null, null).status());
            Api.Reply refused = chat("/api/chat/completions", model, true, null, null);
            assertEquals(429, refused.status(), refused.body());
            ZoneId zone = ZoneId.systemDefault();
            assertEquals("{\"error\":{\"type\":\"quota_exceeded\",\"message\":\"" + EXHAUSTED + "\",\"reset_at\":\""
                    + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(LocalDate.now(zone).plusDays(1).atStartOfDay(zone)
                    .toOffsetDateTime()) + "\"}}", refused.body());
        } finally {
            Api.Reply reset = api.put("/api/admin/config", admin, "{\"guest_daily_token_quota\":null}");
            assertEquals(200, reset.status(), reset.body());
            assertNull(reset.map().get("guest_daily_token_quota"));
            assertEquals("CNY", reset.map().get("currency"));
        }
        assertEquals(400, api.put("/api/admin/config", admin, "{\"guest_daily_token_quota\":-5}").status());
    }

    private static Map<String, Object> withNullText(Object map) {
        Map<String, Object> out = new java.util.HashMap<>();
        ((Map<?, ?>) map).forEach((k, v) -> out.put((String) k, v == null ? "null" : v));
        return out;
    }
}
