package dev.switchboard.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.JsonValue;
import com.openai.core.http.StreamResponse;
import com.openai.models.FunctionDefinition;
import com.openai.models.FunctionParameters;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionFunctionTool;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Value;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Anthropic and Gemini channels end to end with the official OpenAI Java SDK: streamed and whole answers with
 * reasoning and a tool call, failover from an overloaded Anthropic channel, exact usage rows, keys only in
 * their provider's header.
 */
@MicronautTest(transactional = false)
@Property(name = "switchboard.defaults.guest-rpm", value = "100000")
@Property(name = "switchboard.defaults.user-rpm", value = "100000")
class ProviderChannelsTest extends UpstreamHttpTestSupport {

    private static final String KEY = "sk-provider-secret-0123456789";

    @Value("${switchboard.database-path}")
    String databasePath;

    private long addTyped(String type, String script, String model) {
        Api.Reply r = api.post("/api/admin/channels", admin, "{\"name\":\"" + type + "-" + script + "\",\"type\":\"" + type
                + "\",\"base_url\":\"" + upstream.baseUrl(script) + "\",\"api_key\":\"" + KEY + "\",\"model_id\":\""
                + model + "\",\"upstream_model\":\"" + type + "-upstream-model\",\"reasoning\":\"auto\"}");
        assertEquals(201, r.status(), r.body());
        assertEquals(type, r.map().get("type"));
        return ((Number) r.map().get("id")).longValue();
    }

    private OpenAIClient client() {
        return OpenAIOkHttpClient.builder().baseUrl("http://127.0.0.1:" + server.getPort() + "/v1")
                .apiKey(api.userToken("providers@example.com", "user-password")).build();
    }

    private static ChatCompletionCreateParams params(String model) {
        return ChatCompletionCreateParams.builder().model(model)
                .addSystemMessage("Be brief.")
                .addUserMessage("What is the weather in Paris?")
                .addTool(ChatCompletionFunctionTool.builder().function(FunctionDefinition.builder().name("get_weather")
                        .parameters(FunctionParameters.builder().putAdditionalProperty("type", JsonValue.from("object"))
                                .putAdditionalProperty("properties", JsonValue.from(Map.of("city",
                                        Map.of("type", "string")))).build()).build()).build())
                .build();
    }

    /** What a stream delivered through the SDK: content, reasoning, the tool call, the finish reason. */
    private static Map<String, String> streamed(OpenAIClient client, ChatCompletionCreateParams params) {
        StringBuilder content = new StringBuilder();
        StringBuilder reasoning = new StringBuilder();
        StringBuilder arguments = new StringBuilder();
        Map<String, String> seen = new HashMap<>();
        try (StreamResponse<ChatCompletionChunk> stream = client.chat().completions().createStreaming(params)) {
            stream.stream().forEach(chunk -> chunk.choices().forEach(choice -> {
                choice.delta().content().ifPresent(content::append);
                JsonValue thought = choice.delta()._additionalProperties().get("reasoning_content");
                if (thought != null) {
                    reasoning.append(thought.asString().orElse(""));
                }
                choice.delta().toolCalls().ifPresent(calls -> calls.forEach(call -> {
                    seen.put("index", String.valueOf(call.index()));
                    call.id().ifPresent(id -> seen.put("id", id));
                    call.function().flatMap(f -> f.name()).ifPresent(name -> seen.put("name", name));
                    call.function().flatMap(f -> f.arguments()).ifPresent(arguments::append);
                }));
                choice.finishReason().ifPresent(reason -> seen.put("finish", reason.asString()));
            }));
        }
        seen.put("content", content.toString());
        seen.put("reasoning", reasoning.toString());
        seen.put("arguments", arguments.toString());
        return seen;
    }

    private List<Map<String, Object>> rows(String model, int expected) throws Exception {
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

    private static List<Object> tokens(Map<String, Object> row) {
        return List.of(row.get("prompt_tokens"), row.get("completion_tokens"), row.get("cached_tokens"),
                row.get("reasoning_tokens"), row.get("status"));
    }

    @Test
    void anAnthropicChannelStreamsAndAnswersWholeWithReasoningAndAToolCall() throws Exception {
        String model = Api.uniqueModel();
        addTyped("anthropic", "ok", model);
        OpenAIClient client = client();

        Map<String, String> stream = streamed(client, params(model));
        assertEquals("Let me check.", stream.get("content"));
        assertEquals("Weather needs a tool.", stream.get("reasoning"));
        assertEquals("0", stream.get("index"), "our own counter, not Anthropic's block index 2");
        assertEquals("toolu_1", stream.get("id"));
        assertEquals("get_weather", stream.get("name"));
        assertEquals("{\"city\": \"Paris\"}", stream.get("arguments"));
        assertEquals("tool_calls", stream.get("finish"));

        ChatCompletion whole = client.chat().completions().create(params(model));
        assertEquals("Let me check.", whole.choices().get(0).message().content().orElse(""));
        assertEquals("get_weather", whole.choices().get(0).message().toolCalls().orElseThrow().get(0).asFunction()
                .function().name());
        assertEquals(ChatCompletion.Choice.FinishReason.TOOL_CALLS, whole.choices().get(0).finishReason());
        assertEquals(33, whole.usage().orElseThrow().promptTokens());

        List<Map<String, Object>> rows = rows(model, 2);
        assertEquals(List.of(33, 15, 5, 0, "ok"), tokens(rows.get(0)), "last cumulative output, cache reads and writes in");
        assertEquals(List.of(33, 15, 5, 0, "ok"), tokens(rows.get(1)));

        MockUpstream.Received sent = upstream.received.stream().filter(r -> r.path().endsWith("/ok/v1/messages"))
                .reduce((a, b) -> b).orElseThrow();
        assertEquals(KEY, sent.headers().get("x-api-key"));
        assertEquals("2023-06-01", sent.headers().get("anthropic-version"));
        assertEquals(null, sent.authorization(), "no Bearer for Anthropic");
        assertTrue(sent.body().contains("\"model\":\"anthropic-upstream-model\""), sent.body());
        assertTrue(sent.body().contains("\"system\":\"Be brief.\""), sent.body());
        assertTrue(sent.body().contains("\"max_tokens\":4096"), sent.body());
        assertTrue(sent.body().contains("\"input_schema\""), sent.body());
    }

    @Test
    void aGeminiChannelStreamsAndAnswersWholeWithReasoningAndAToolCallAndTheKeyOnlyInItsHeader() throws Exception {
        String model = Api.uniqueModel();
        addTyped("gemini", "g", model);
        OpenAIClient client = client();

        Map<String, String> stream = streamed(client, params(model));
        assertEquals("Let me check.", stream.get("content"));
        assertEquals("Weather needs a tool.", stream.get("reasoning"));
        assertEquals("call_0", stream.get("id"));
        assertEquals("get_weather", stream.get("name"));
        assertEquals("{\"city\":\"Paris\"}", stream.get("arguments"));
        assertEquals("tool_calls", stream.get("finish"), "STOP after a function call is a tool call");

        ChatCompletion whole = client.chat().completions().create(params(model));
        assertEquals("Let me check.", whole.choices().get(0).message().content().orElse(""));
        assertEquals(14, whole.usage().orElseThrow().completionTokens());

        List<Map<String, Object>> rows = rows(model, 2);
        assertEquals(List.of(12, 14, 0, 6, "ok"), tokens(rows.get(0)), "completion = candidates + thoughts");
        assertEquals(List.of(12, 14, 0, 6, "ok"), tokens(rows.get(1)));

        List<MockUpstream.Received> sent = upstream.received.stream().filter(r -> r.script().equals("g")).toList();
        assertEquals("/g/v1/models/gemini-upstream-model:streamGenerateContent", sent.get(0).path());
        assertEquals("alt=sse", sent.get(0).query());
        assertEquals("/g/v1/models/gemini-upstream-model:generateContent", sent.get(1).path());
        assertTrue(sent.stream().allMatch(r -> KEY.equals(r.headers().get("x-goog-api-key"))));
        assertEquals(0, upstream.keyInUrl.get(), "never ?key=");
        assertTrue(sent.get(0).body().contains("\"systemInstruction\""), sent.get(0).body());
        assertTrue(sent.get(0).body().contains("\"functionDeclarations\""), sent.get(0).body());
    }

    @Test
    void anOverloadedAnthropicChannelFailsOverToAnOpenAiOne() throws Exception {
        String model = Api.uniqueModel();
        long overloaded = addTyped("anthropic", "overloaded", model);
        // tried first: a higher priority (within one priority the order is weighted random, SPEC §13)
        assertEquals(200, api.put("/api/admin/channels/" + overloaded, admin, "{\"priority\":1}").status());
        api.addChannel(admin, "openai-ok", upstream.baseUrl("ok"), KEY, model);
        OpenAIClient client = client();
        ChatCompletionCreateParams plain = ChatCompletionCreateParams.builder().model(model).addUserMessage("Hi").build();
        int overloadedBefore = upstream.calls("overloaded");
        for (int i = 0; i < 2; i++) {
            assertEquals("Hello world!", client.chat().completions().create(plain).choices().get(0).message().content()
                    .orElse(""));
        }
        assertTrue(upstream.calls("overloaded") > overloadedBefore, "the overloaded channel was tried first");
        List<Map<String, Object>> rows = rows(model, 2);
        for (Map<String, Object> row : rows) {
            assertEquals("openai-ok", row.get("channel_name"));
            assertEquals(List.of(11, 3, 0, 0, "ok"), tokens(row));
        }
    }

    @Test
    void anErrorEventInsideAnAnthropicStreamEndsItWithTheSpecErrorAndAFailedRow() throws Exception {
        String model = Api.uniqueModel();
        addTyped("anthropic", "error-midstream", model);
        String body = http.send(api.postRequest("/v1/chat/completions", "{\"model\":\"" + model
                + "\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}"),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(body.contains("\"content\":\"Let me check.\""), body);
        assertTrue(body.contains("upstream_error"), body);
        assertFalse(body.contains("[DONE]"), body);
        assertEquals("upstream_error", rows(model, 1).get(0).get("status"));
    }

    @Test
    void theChannelTestWorksForEachType() {
        String model = Api.uniqueModel();
        long anthropic = addTyped("anthropic", "ok", model);
        long gemini = addTyped("gemini", "g2", model);
        long overloaded = addTyped("anthropic", "overloaded", model);
        assertEquals(true, api.post("/api/admin/channels/" + anthropic + "/test", admin, null).map().get("ok"));
        assertEquals(true, api.post("/api/admin/channels/" + gemini + "/test", admin, null).map().get("ok"));
        Api.Reply failed = api.post("/api/admin/channels/" + overloaded + "/test", admin, null);
        assertEquals(false, failed.map().get("ok"));
        assertTrue(String.valueOf(failed.map().get("error")).contains("529"), failed.body());
        assertFalse(failed.body().contains(KEY));
    }
}
