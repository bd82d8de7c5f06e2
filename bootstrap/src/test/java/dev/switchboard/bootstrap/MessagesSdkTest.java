package dev.switchboard.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.anthropic.client.AnthropicClient;
import com.anthropic.core.JsonValue;
import com.anthropic.core.http.StreamResponse;
import com.anthropic.helpers.MessageAccumulator;
import com.anthropic.models.messages.ContentBlock;
import com.anthropic.models.messages.ContentBlockParam;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.RawMessageStreamEvent;
import com.anthropic.models.messages.StopReason;
import com.anthropic.models.messages.Tool;
import com.anthropic.models.messages.ToolResultBlockParam;
import com.anthropic.models.messages.ToolUseBlock;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code /v1/messages} with the official Anthropic Java SDK: whole and streamed answers with thinking, text and a
 * tool-use round trip, over an OpenAI channel (translated) and an Anthropic channel (passed through), each call one
 * usage row with endpoint {@code messages}, the key and the exact tokens.
 */
@MicronautTest(transactional = false)
@Property(name = "switchboard.defaults.guest-rpm", value = "100000")
@Property(name = "switchboard.defaults.user-rpm", value = "100000")
class MessagesSdkTest extends MessagesTestSupport {

    private static final Tool WEATHER = Tool.builder().name("get_weather").description("Weather of a city")
            .inputSchema(Tool.InputSchema.builder().properties(Tool.InputSchema.Properties.builder()
                    .putAdditionalProperty("city", JsonValue.from(Map.of("type", "string"))).build())
                    .addRequired("city").build())
            .build();

    private static MessageCreateParams.Builder ask(String model, String question) {
        return MessageCreateParams.builder().model(model).maxTokens(1024).system("Be brief.").addUserMessage(question);
    }

    private static Message streamed(AnthropicClient client, MessageCreateParams params) {
        MessageAccumulator accumulator = MessageAccumulator.create();
        try (StreamResponse<RawMessageStreamEvent> stream = client.messages().createStreaming(params)) {
            stream.stream().forEach(accumulator::accumulate);
        }
        return accumulator.message();
    }

    private static String text(Message message) {
        StringBuilder all = new StringBuilder();
        message.content().forEach(block -> block.text().ifPresent(t -> all.append(t.text())));
        return all.toString();
    }

    private static String thinking(Message message) {
        StringBuilder all = new StringBuilder();
        message.content().forEach(block -> block.thinking().ifPresent(t -> all.append(t.thinking())));
        return all.toString();
    }

    private static ToolUseBlock toolUse(Message message) {
        return message.content().stream().map(ContentBlock::toolUse).flatMap(java.util.Optional::stream)
                .findFirst().orElseThrow(() -> new AssertionError("no tool_use in " + message));
    }

    /** The question, the model's tool call and its result: the second leg of a tool round trip. */
    private static MessageCreateParams answered(String model, Message toolCall) {
        return ask(model, "What is the weather in Paris?").addTool(WEATHER).addMessage(toolCall)
                .addUserMessageOfContentBlockParams(List.of(ContentBlockParam.ofToolResult(ToolResultBlockParam.builder()
                        .toolUseId(toolUse(toolCall).id()).content("21 degrees, sunny").build())))
                .build();
    }

    @Test
    void overAnOpenAiChannelThinkingAndTextComeWholeAndStreamedInAnthropicsShape() throws Exception {
        String model = Api.uniqueModel();
        addTyped("openai", "reason", model);
        Key key = newKey();
        AnthropicClient client = client(key.secret());
        MessageCreateParams params = ask(model, "What is the answer?").enabledThinking(1024).build();

        Message whole = client.messages().create(params);
        assertEquals("Let me think.", thinking(whole));
        assertEquals("The answer is 42.", text(whole));
        assertEquals(StopReason.END_TURN, whole.stopReason().orElseThrow());
        assertEquals(model, whole.model().asString());
        assertEquals(11, whole.usage().inputTokens());
        assertEquals(3, whole.usage().outputTokens());

        Message stream = streamed(client, params);
        assertEquals("Let me think. 让我想想。", thinking(stream));
        assertEquals("The answer is 42.", text(stream));
        assertEquals(StopReason.END_TURN, stream.stopReason().orElseThrow());
        assertEquals(11, stream.usage().inputTokens(), "message_delta carries the cumulative usage");
        assertEquals(3, stream.usage().outputTokens());

        List<Map<String, Object>> rows = rows(model, 2);
        assertEquals(2, rows.size());
        for (Map<String, Object> row : rows) {
            assertEquals(List.of("messages", key.id(), 11, 3, 0, "ok"), usage(row));
        }
        MockUpstream.Received sent = upstream.received.stream().filter(r -> r.script().equals("reason"))
                .reduce((a, b) -> b).orElseThrow();
        assertTrue(sent.body().contains("\"reasoning_effort\":\"low\""), "a 1024-token budget asks for low effort: "
                + sent.body());
        assertTrue(sent.body().contains("\"role\":\"system\",\"content\":\"Be brief.\""), sent.body());
    }

    @Test
    void overAnOpenAiChannelAToolRoundTripWorksWholeAndStreamed() throws Exception {
        String model = Api.uniqueModel();
        addTyped("openai", "tools", model);
        Key key = newKey();
        AnthropicClient client = client(key.secret());
        MessageCreateParams question = ask(model, "What is the weather in Paris?").addTool(WEATHER).build();

        Message call = client.messages().create(question);
        assertEquals(StopReason.TOOL_USE, call.stopReason().orElseThrow());
        ToolUseBlock use = toolUse(call);
        assertEquals("call_1", use.id());
        assertEquals("get_weather", use.name());
        assertEquals(JsonValue.from(Map.of("city", "Paris")), use._input());
        assertEquals("Sunny in Paris.", text(client.messages().create(answered(model, call))));

        Message streamedCall = streamed(client, question);
        assertEquals(StopReason.TOOL_USE, streamedCall.stopReason().orElseThrow());
        assertEquals(JsonValue.from(Map.of("city", "Paris")), toolUse(streamedCall)._input(),
                "input_json_delta pieces put together");
        Message streamedAnswer = streamed(client, answered(model, streamedCall));
        assertEquals("Sunny in Paris.", text(streamedAnswer));
        assertEquals(StopReason.END_TURN, streamedAnswer.stopReason().orElseThrow());

        MockUpstream.Received second = upstream.received.stream().filter(r -> r.script().equals("tools"))
                .reduce((a, b) -> b).orElseThrow();
        assertTrue(second.body().contains("\"tool_calls\":[{") && second.body().contains("\"id\":\"call_1\""),
                second.body());
        assertTrue(second.body().contains("\"role\":\"tool\",\"content\":\"21 degrees, sunny\",\"tool_call_id\":\"call_1\""),
                second.body());
        assertTrue(second.body().contains("\"parameters\":{"), "input_schema became parameters: " + second.body());
        List<Map<String, Object>> rows = rows(model, 4);
        assertEquals(4, rows.size());
        rows.forEach(row -> assertEquals(List.of("messages", key.id(), 11, 3, 0, "ok"), usage(row)));
    }

    @Test
    void overAnAnthropicChannelTheAnswerPassesThroughWithItsThinkingToolCallAndUsage() throws Exception {
        String model = Api.uniqueModel();
        addTyped("anthropic", "ok", model);
        Key key = newKey();
        AnthropicClient client = client(key.secret());
        MessageCreateParams question = ask(model, "What is the weather in Paris?").addTool(WEATHER).build();

        Message whole = client.messages().create(question);
        assertEquals("msg_1", whole.id(), "the upstream's own message, as it came");
        assertEquals("Weather needs a tool.", thinking(whole));
        assertEquals("Let me check.", text(whole));
        assertEquals("toolu_1", toolUse(whole).id());
        assertEquals(25, whole.usage().inputTokens());
        assertEquals(5, whole.usage().cacheReadInputTokens().orElseThrow());
        assertEquals("Sunny in Paris.", text(client.messages().create(answered(model, whole))));

        Message stream = streamed(client, question);
        assertEquals("Weather needs a tool.", thinking(stream));
        assertEquals("Let me check.", text(stream));
        assertEquals(JsonValue.from(Map.of("city", "Paris")), toolUse(stream)._input());
        assertEquals(StopReason.TOOL_USE, stream.stopReason().orElseThrow());
        assertEquals(15, stream.usage().outputTokens());
        Message streamedAnswer = streamed(client, answered(model, stream));
        assertEquals("Sunny in Paris.", text(streamedAnswer));

        MockUpstream.Received sent = upstream.received.stream().filter(r -> r.path().endsWith("/ok/v1/messages"))
                .reduce((a, b) -> b).orElseThrow();
        assertEquals(UPSTREAM_KEY, sent.headers().get("x-api-key"));
        assertTrue(sent.headers().get("anthropic-version").matches("\\d{4}-\\d{2}-\\d{2}"), "the SDK's version, forwarded");
        assertTrue(sent.body().contains("\"model\":\"anthropic-upstream-model\""), sent.body());
        assertTrue(sent.body().contains("\"tool_result\""), sent.body());
        List<Map<String, Object>> rows = rows(model, 4);
        assertEquals(4, rows.size());
        assertEquals(List.of("messages", key.id(), 33, 15, 5, "ok"), usage(rows.get(0)));
        assertEquals(List.of("messages", key.id(), 40, 6, 0, "ok"), usage(rows.get(1)));
        assertEquals(List.of("messages", key.id(), 33, 15, 5, "ok"), usage(rows.get(2)));
        assertEquals(List.of("messages", key.id(), 40, 6, 0, "ok"), usage(rows.get(3)));
    }

    @Test
    void overAGeminiChannelThoughtsTextAndAFunctionCallArriveAsAnthropicBlocks() throws Exception {
        String model = Api.uniqueModel();
        addTyped("gemini", "gm", model);
        Key key = newKey();
        AnthropicClient client = client(key.secret());
        MessageCreateParams question = ask(model, "What is the weather in Paris?").addTool(WEATHER).build();
        for (Message message : List.of(client.messages().create(question), streamed(client, question))) {
            assertEquals("Weather needs a tool.", thinking(message));
            assertEquals("Let me check.", text(message));
            assertEquals("get_weather", toolUse(message).name());
            assertEquals(JsonValue.from(Map.of("city", "Paris")), toolUse(message)._input());
            assertEquals(StopReason.TOOL_USE, message.stopReason().orElseThrow(), "STOP after a call waits for its result");
            assertEquals(12, message.usage().inputTokens());
            assertEquals(14, message.usage().outputTokens());
        }
        rows(model, 2).forEach(row -> assertEquals(List.of("messages", key.id(), 12, 14, 0, "ok"), usage(row)));
    }

    @Test
    void aKeyAsBearerTokenWorksAsClaudeCodesAnthropicAuthTokenSendsIt() throws Exception {
        String model = Api.uniqueModel();
        addTyped("openai", "ok", model);
        Key key = newKey();
        AnthropicClient bearer = com.anthropic.client.okhttp.AnthropicOkHttpClient.builder()
                .baseUrl("http://127.0.0.1:" + server.getPort()).authToken(key.secret()).maxRetries(0).build();
        assertEquals("Hello world!", text(bearer.messages().create(ask(model, "Hi").build())));
        assertEquals(List.of("messages", key.id(), 11, 3, 0, "ok"), usage(rows(model, 1).get(0)));
    }

    @Test
    void countTokensEstimatesTheMessagesAndTools() {
        String model = Api.uniqueModel();
        addTyped("openai", "ok", model);
        AnthropicClient client = client(newKey().secret());
        long plain = client.messages().countTokens(com.anthropic.models.messages.MessageCountTokensParams.builder()
                .model(model).addUserMessage("What is the weather in Paris?").build()).inputTokens();
        long withTool = client.messages().countTokens(com.anthropic.models.messages.MessageCountTokensParams.builder()
                .model(model).addUserMessage("What is the weather in Paris?").addTool(WEATHER).build()).inputTokens();
        assertTrue(plain > 5 && plain < 30, "about a dozen tokens: " + plain);
        assertTrue(withTool > plain, withTool + " > " + plain);
    }

    @Test
    void modelsComeInAnthropicsShapeForAnAnthropicClient() {
        String model = Api.uniqueModel();
        addTyped("openai", "ok", model);
        AnthropicClient client = client(newKey().secret());
        var page = client.models().list();
        assertTrue(page.data().stream().anyMatch(m -> m.id().equals(model)), page.data().toString());

        Api.Reply raw = api.send("GET", "/v1/models", null, null, null, Map.of("anthropic-version", "2023-06-01"));
        assertEquals(200, raw.status(), raw.body());
        Map<String, Object> body = raw.map();
        assertEquals(false, body.get("has_more"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> data = (List<Map<String, Object>>) body.get("data");
        assertEquals(data.get(0).get("id"), body.get("first_id"));
        assertEquals(data.get(data.size() - 1).get("id"), body.get("last_id"));
        Map<String, Object> ours = data.stream().filter(m -> m.get("id").equals(model)).findFirst().orElseThrow();
        assertEquals(java.util.Set.of("type", "id", "display_name", "created_at"), ours.keySet());
        assertEquals("model", ours.get("type"));
        assertEquals("list", api.get("/v1/models", null).map().get("object"), "OpenAI's shape without the header");
    }
}
