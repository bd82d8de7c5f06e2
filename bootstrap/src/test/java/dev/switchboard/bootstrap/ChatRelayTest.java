package dev.switchboard.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Value;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The relay end to end: real app, real SQLite, a scripted upstream on a random port. */
@MicronautTest(transactional = false)
@Property(name = "switchboard.defaults.guest-rpm", value = "100000")
@Property(name = "switchboard.defaults.user-rpm", value = "100000")
@Property(name = "switchboard.upstream.first-byte", value = "2s")
class ChatRelayTest extends UpstreamHttpTestSupport {

    private static final String KEY = "sk-upstream-secret-0123456789";

    @Value("${switchboard.database-path}")
    String databasePath;

    private static String chat(String model, boolean stream) {
        return "{\"model\":\"" + model + "\",\"stream\":" + stream
                + ",\"temperature\":0.2,\"messages\":[{\"role\":\"user\",\"content\":\"Say hello\"}]}";
    }

    /** Every SSE line with the millisecond it arrived. */
    private List<long[]> timedLines(HttpResponse<InputStream> response, List<String> lines) throws Exception {
        List<long[]> times = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(line);
                times.add(new long[] {System.currentTimeMillis()});
            }
        }
        return times;
    }

    private List<Map<String, Object>> logRows(String model, int expected) throws Exception {
        long deadline = System.currentTimeMillis() + 5000;
        while (true) {
            List<Map<String, Object>> rows = new ArrayList<>();
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + databasePath);
                 var ps = c.prepareStatement("SELECT * FROM chat_logs WHERE model_id = ? ORDER BY id")) {
                ps.setString(1, model);
                ResultSet rs = ps.executeQuery();
                while (rs.next()) {
                    Map<String, Object> row = new HashMap<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        row.put(rs.getMetaData().getColumnName(i), rs.getObject(i));
                    }
                    rows.add(row);
                }
            }
            if (rows.size() >= expected || System.currentTimeMillis() > deadline) {
                return rows;
            }
            Thread.sleep(50);
        }
    }

    @Test
    void theBrowserChatLeavesOutTheOldestTurnsBeyondTheChannelsWindowAndSaysHowManyTheApiNever() throws Exception {
        String model = Api.uniqueModel();
        Api.Reply created = api.post("/api/admin/channels", admin, "{\"name\":\"Small\",\"base_url\":\""
                + upstream.baseUrl("ok") + "\",\"api_key\":\"" + KEY + "\",\"model_id\":\"" + model
                + "\",\"context_window\":200}");
        assertEquals(201, created.status(), created.body());
        String old = "an old question about something long ago ".repeat(20);
        String body = "{\"model\":\"" + model + "\",\"stream\":false,\"max_tokens\":50,\"messages\":["
                + "{\"role\":\"system\",\"content\":\"Be brief.\"},"
                + "{\"role\":\"user\",\"content\":\"" + old + "\"},{\"role\":\"assistant\",\"content\":\"" + old + "\"},"
                + "{\"role\":\"user\",\"content\":\"And now?\"}]}";

        Api.Reply browser = api.post("/api/chat/completions", null, body);
        assertEquals(200, browser.status(), browser.body());
        assertEquals("2", browser.header("X-Switchboard-Trimmed"));
        MockUpstream.Received sent = upstream.received.stream().filter(r -> r.body().contains(model))
                .reduce((x, y) -> y).orElseThrow();
        assertFalse(sent.body().contains("an old question"), "the oldest turns were not sent");
        assertTrue(sent.body().contains("Be brief.") && sent.body().contains("And now?"));

        Api.Reply sdk = api.post("/v1/chat/completions", null, body);
        assertEquals(200, sdk.status(), sdk.body());
        assertEquals(null, sdk.header("X-Switchboard-Trimmed"));
        MockUpstream.Received whole = upstream.received.stream().filter(r -> r.body().contains(model))
                .reduce((x, y) -> y).orElseThrow();
        assertTrue(whole.body().contains("an old question"), "/v1 sends what the client sent");
    }

    @Test
    void listsTheDistinctModelsOfEnabledChannelsAndForgetsDisabledOnesAtOnce() {
        String model = Api.uniqueModel();
        long a = api.addChannel(admin, "A", upstream.baseUrl("ok"), KEY, model);
        api.addChannel(admin, "B", upstream.baseUrl("ok"), KEY, model);
        List<Object> models = api.get("/api/chat/models", null).list();
        assertEquals(1, models.stream().filter(m -> ((Map<?, ?>) m).get("id").equals(model)).count());
        Map<String, Object> openAi = api.get("/v1/models", null).map();
        assertEquals("list", openAi.get("object"));
        assertTrue(openAi.get("data").toString().contains(model));

        api.put("/api/admin/channels/" + a, admin, "{\"is_enabled\":false}");
        assertTrue(api.get("/api/chat/models", null).body().contains(model), "B still serves it");
        api.delete("/api/admin/channels/" + (a + 1), admin);
        assertFalse(api.get("/api/chat/models", null).body().contains(model));
    }

    @Test
    void streamsChunkByChunkWithoutBufferingAndLogsTheUpstreamsUsage() throws Exception {
        String model = Api.uniqueModel();
        api.addChannel(admin, "Slow", upstream.baseUrl("slow"), KEY, model);
        HttpResponse<InputStream> response = http.send(api.postRequest("/api/chat/completions", chat(model, true)),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        assertEquals("no-cache", response.headers().firstValue("Cache-Control").orElse(null));
        assertEquals("no", response.headers().firstValue("X-Accel-Buffering").orElse(null));

        List<String> lines = new ArrayList<>();
        List<long[]> times = timedLines(response, lines);
        int first = indexOf(lines, "first");
        int second = indexOf(lines, "second");
        assertTrue(times.get(second)[0] - times.get(first)[0] >= 250, "the 600 ms pause upstream is not buffered away");
        assertTrue(lines.contains("data: [DONE]"));
        assertFalse(String.join("\n", lines).contains("\"usage\""), "the usage chunk Switchboard asked for is held back");

        MockUpstream.Received sent = upstream.received.stream().filter(r -> r.script().equals("slow")).reduce((x, y) -> y).orElseThrow();
        assertEquals("Bearer " + KEY, sent.authorization());
        assertTrue(sent.body().contains("\"model\":\"" + model + "\""));
        assertTrue(sent.body().contains("\"include_usage\":true"));
        assertTrue(sent.body().contains("\"temperature\":0.2"), "other fields pass through");

        Map<String, Object> row = logRows(model, 1).get(0);
        assertEquals(11, ((Number) row.get("prompt_tokens")).intValue());
        assertEquals(3, ((Number) row.get("completion_tokens")).intValue());
        assertEquals("ok", row.get("status"));
        assertEquals("127.0.0.1", row.get("ip_address"));
    }

    @Test
    void passesTheUsageChunkToAClientThatAskedForIt() throws Exception {
        String model = Api.uniqueModel();
        api.addChannel(admin, "Ok", upstream.baseUrl("ok"), KEY, model);
        String body = "{\"model\":\"" + model + "\",\"stream\":true,\"stream_options\":{\"include_usage\":true},"
                + "\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
        String text = http.send(api.postRequest("/v1/chat/completions", body), HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(text.contains("\"usage\""));
    }

    @Test
    void estimatesTokensWhenTheUpstreamReportsNone() throws Exception {
        String model = Api.uniqueModel();
        api.addChannel(admin, "NoUsage", upstream.baseUrl("nousage"), KEY, model);
        http.send(api.postRequest("/api/chat/completions", chat(model, true)), HttpResponse.BodyHandlers.ofString());
        Map<String, Object> row = logRows(model, 1).get(0);
        assertTrue(((Number) row.get("prompt_tokens")).intValue() > 3);
        assertEquals(3, ((Number) row.get("completion_tokens")).intValue(), "'Hello world!' is 3 tokens in o200k");
    }

    @Test
    void relaysReasoningIntact() throws Exception {
        String model = Api.uniqueModel();
        api.addChannel(admin, "Reasoner", upstream.baseUrl("reason"), KEY, model);
        String text = http.send(api.postRequest("/api/chat/completions", chat(model, true)), HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(text.contains("\"reasoning_content\":\"Let me think.\""));
        assertTrue(text.contains("让我想想。"));
        assertTrue(text.contains("The answer is 42."));
    }

    @Test
    void failsOverToTheNextChannelBeforeTheFirstByteAndLogsWhoServed() throws Exception {
        String model = Api.uniqueModel();
        api.addChannel(admin, "Broken", upstream.baseUrl("fail500"), KEY, model);
        api.addChannel(admin, "Healthy", upstream.baseUrl("ok"), KEY, model);
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> r = http.send(api.postRequest("/api/chat/completions", chat(model, true)), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertTrue(r.body().contains("Hello") && r.body().endsWith("data: [DONE]\n\n"), r.body());
            assertFalse(r.body().contains("error"));
        }
        List<Map<String, Object>> rows = logRows(model, 2);
        assertTrue(rows.stream().allMatch(r -> "Healthy".equals(r.get("channel_name")) && "ok".equals(r.get("status"))));
    }

    @Test
    void answers502InTheExactEnvelopeWhenEveryChannelFails() throws Exception {
        String model = Api.uniqueModel();
        api.addChannel(admin, "Down", upstream.baseUrl("fail500"), KEY, model);
        api.addChannel(admin, "Busy", upstream.baseUrl("fail429"), KEY, model);
        api.addChannel(admin, "BadKey", upstream.baseUrl("auth401"), KEY, model);
        HttpResponse<String> r = http.send(api.postRequest("/api/chat/completions", chat(model, true)), HttpResponse.BodyHandlers.ofString());
        assertEquals(502, r.statusCode());
        assertEquals("{\"error\": {\"type\": \"upstream_error\", \"message\": \"上游渠道暂时不可用，请稍后再试\"}}", r.body());
        assertFalse(r.body().contains("sk-"));
        assertEquals("upstream_error", logRows(model, 1).get(0).get("status"));
    }

    @Test
    void givesUpOnAHangingUpstreamAfterTheFirstByteTimeoutAndTriesTheNext() throws Exception {
        String model = Api.uniqueModel();
        api.addChannel(admin, "Hangs", upstream.baseUrl("hang"), KEY, model);
        api.addChannel(admin, "Works", upstream.baseUrl("ok"), KEY, model);
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> r = http.send(api.postRequest("/api/chat/completions", chat(model, true)), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertTrue(r.body().contains("Hello"));
        }
    }

    @Test
    void returnsTheUpstreamJsonWhenNotStreaming() throws Exception {
        String model = Api.uniqueModel();
        api.addChannel(admin, "Plain", upstream.baseUrl("ok"), KEY, model);
        HttpResponse<String> r = http.send(api.postRequest("/v1/chat/completions", chat(model, false)), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(r.body().contains("\"content\":\"Hello world!\""));
        assertEquals(3, ((Number) logRows(model, 1).get(0).get("completion_tokens")).intValue());
    }

    @Test
    void aClientThatLeavesCancelsTheUpstreamWithinASecondAndTheRowSaysCancelled() throws Exception {
        String model = Api.uniqueModel();
        api.addChannel(admin, "Long", upstream.baseUrl("long"), KEY, model);
        HttpResponse<InputStream> response = http.send(api.postRequest("/api/chat/completions", chat(model, true)),
                HttpResponse.BodyHandlers.ofInputStream());
        BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
        int dataLines = 0;
        while (dataLines < 3) {
            if (reader.readLine().startsWith("data:")) {
                dataLines++;
            }
        }
        int before = upstream.closedAt.size();
        long leftAt = System.currentTimeMillis();
        response.body().close();
        long deadline = leftAt + 3000;
        while (upstream.closedAt.size() == before && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(upstream.closedAt.size() > before, "the upstream connection was closed");
        assertTrue(upstream.closedAt.get(upstream.closedAt.size() - 1) - leftAt < 1000, "within a second");
        Map<String, Object> row = logRows(model, 1).get(0);
        assertEquals("cancelled", row.get("status"));
        assertTrue(((Number) row.get("completion_tokens")).intValue() > 0, "tokens seen so far are counted");
    }

    @Test
    void deletingTheChannelMidStreamNeitherBreaksTheStreamNorLosesItsRow() throws Exception {
        String model = Api.uniqueModel();
        long id = api.addChannel(admin, "Doomed", upstream.baseUrl("long"), KEY, model);
        HttpResponse<InputStream> response = http.send(api.postRequest("/api/chat/completions", chat(model, true)),
                HttpResponse.BodyHandlers.ofInputStream());
        BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
        reader.readLine();
        assertEquals(204, api.delete("/api/admin/channels/" + id, admin).status());
        String last = null;
        String line;
        int ticks = 0;
        while ((line = reader.readLine()) != null) {
            ticks += line.contains("tick") ? 1 : 0;
            last = line.isEmpty() ? last : line;
        }
        assertEquals(199, ticks, "every chunk after the first (read before the delete) still arrived");
        assertEquals("data: [DONE]", last);
        Map<String, Object> row = logRows(model, 1).get(0);
        assertEquals("ok", row.get("status"));
        assertEquals("Doomed", row.get("channel_name"));
    }

    @Test
    void anUpstreamDyingMidStreamEndsTheStreamWithOneErrorEvent() throws Exception {
        String model = Api.uniqueModel();
        api.addChannel(admin, "Drops", upstream.baseUrl("drop"), KEY, model);
        HttpResponse<String> r = http.send(api.postRequest("/api/chat/completions", chat(model, true)), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("partial"));
        assertTrue(r.body().endsWith("\ndata: {\"error\": {\"type\": \"upstream_error\", \"message\": \"上游渠道暂时不可用，请稍后再试\"}}\n\n"),
                r.body());
        assertEquals("upstream_error", logRows(model, 1).get(0).get("status"));
    }

    @Test
    void aLineOfSeveralMegabytesPassesIntact() throws Exception {
        String model = Api.uniqueModel();
        api.addChannel(admin, "Big", upstream.baseUrl("big"), KEY, model);
        String body = http.send(api.postRequest("/api/chat/completions", chat(model, true)), HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(body.contains("x".repeat(MockUpstream.BIG_LINE)));
        assertTrue(body.contains("data: [DONE]"));
    }

    @Test
    void refusesBadBodiesWith400AndCallsNoUpstream() throws Exception {
        String model = Api.uniqueModel();
        api.addChannel(admin, "Never", upstream.baseUrl("ok"), KEY, model);
        int before = upstream.calls("ok");
        String[] bad = {"", "not json", "[1,2]", "{}", "{\"model\":\"" + model + "\"}",
                "{\"model\":\"" + model + "\",\"messages\":[]}", "{\"model\":\"" + model + "\",\"messages\":[\"hi\"]}",
                "{\"model\":\"" + model + "\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}],\"stream\":\"yes\"}",
                // Above the chat route's own limit (MAX_CHAT_REQUEST_BYTES, 32 MiB: room for four images).
                "{\"model\":\"" + model + "\",\"messages\":[{\"role\":\"user\",\"content\":\"" + "x".repeat(33_600_000) + "\"}]}"};
        for (String body : bad) {
            HttpResponse<String> r = http.send(api.postRequest("/api/chat/completions", body), HttpResponse.BodyHandlers.ofString());
            assertEquals(400, r.statusCode(), body.length() > 100 ? "huge body" : body);
            assertTrue(r.body().contains("\"type\":\"invalid_request\""), r.body());
        }
        assertEquals(before, upstream.calls("ok"));
    }

    @Test
    void anUnknownModelIs404ModelNotFound() throws Exception {
        HttpResponse<String> r = http.send(api.postRequest("/api/chat/completions", chat("no-such-model", true)), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("\"type\":\"model_not_found\""));
    }

    @Test
    void anUpstreamRefusingTheRequestItselfIsReportedWithoutRetrying() throws Exception {
        String model = Api.uniqueModel();
        api.addChannel(admin, "Strict", upstream.baseUrl("bad400"), KEY, model);
        api.addChannel(admin, "Other", upstream.baseUrl("bad400"), KEY, model);
        int before = upstream.calls("bad400");
        HttpResponse<String> r = http.send(api.postRequest("/api/chat/completions", chat(model, true)), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("max_tokens is too large"));
        assertEquals(before + 1, upstream.calls("bad400"));
    }

    @Test
    void aSignedInUsersRowCarriesTheirEmail() throws Exception {
        String model = Api.uniqueModel();
        api.addChannel(admin, "Mine", upstream.baseUrl("ok"), KEY, model);
        String token = api.userToken("relay-user@example.com", "user-password");
        HttpRequest request = HttpRequest.newBuilder(server.getURI().resolve("/api/chat/completions"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(chat(model, true))).build();
        assertEquals(200, http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode());
        Map<String, Object> row = logRows(model, 1).get(0);
        assertEquals("relay-user@example.com", row.get("user_email"));
        assertNotNull(row.get("user_id"));
    }

    @Test
    void theChannelTestReportsLatencyOrTheReasonWithoutTheKey() {
        long good = api.addChannel(admin, "Good", upstream.baseUrl("ok"), KEY, Api.uniqueModel());
        long bad = api.addChannel(admin, "Bad", upstream.baseUrl("auth401"), KEY, Api.uniqueModel());
        Map<String, Object> ok = api.post("/api/admin/channels/" + good + "/test", admin, null).map();
        assertEquals(true, ok.get("ok"));
        assertTrue(((Number) ok.get("latency_ms")).longValue() >= 0);
        Api.Reply failed = api.post("/api/admin/channels/" + bad + "/test", admin, null);
        assertEquals(false, failed.map().get("ok"));
        assertTrue(((String) failed.map().get("error")).contains("401"));
        assertFalse(failed.body().contains(KEY));
        assertEquals(404, api.post("/api/admin/channels/99999/test", admin, null).status());
        assertEquals(401, api.post("/api/admin/channels/" + good + "/test", null, null).status());
    }

    @Test
    void theOfficialOpenAiSdkListsModelsAndStreamsACompletion() {
        String model = Api.uniqueModel();
        api.addChannel(admin, "ForSdk", upstream.baseUrl("ok"), KEY, model);
        String token = api.userToken("sdk-user@example.com", "user-password");
        com.openai.client.OpenAIClient client = com.openai.client.okhttp.OpenAIOkHttpClient.builder()
                .baseUrl("http://127.0.0.1:" + server.getPort() + "/v1").apiKey(token).build();
        assertTrue(client.models().list().items().stream().anyMatch(m -> m.id().equals(model)));

        com.openai.models.chat.completions.ChatCompletionCreateParams params =
                com.openai.models.chat.completions.ChatCompletionCreateParams.builder()
                        .model(model).addUserMessage("Say hello").build();
        StringBuilder text = new StringBuilder();
        try (com.openai.core.http.StreamResponse<com.openai.models.chat.completions.ChatCompletionChunk> stream =
                     client.chat().completions().createStreaming(params)) {
            stream.stream().forEach(chunk -> chunk.choices().forEach(c -> c.delta().content().ifPresent(text::append)));
        }
        assertEquals("Hello world!", text.toString());
        assertEquals("Hello world!", client.chat().completions().create(params).choices().get(0).message().content().orElse(""));
    }

    private static int indexOf(List<String> lines, String word) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("\"" + word + "\"")) {
                return i;
            }
        }
        throw new AssertionError("no line with " + word + " in " + lines);
    }
}
