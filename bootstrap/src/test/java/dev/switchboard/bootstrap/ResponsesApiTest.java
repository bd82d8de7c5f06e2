package dev.switchboard.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.JsonValue;
import com.openai.core.http.StreamResponse;
import com.openai.errors.BadRequestException;
import com.openai.models.Reasoning;
import com.openai.models.ReasoningEffort;
import com.openai.models.responses.FunctionTool;
import com.openai.models.responses.Response;
import com.openai.models.responses.ResponseCreateParams;
import com.openai.models.responses.ResponseFunctionToolCall;
import com.openai.models.responses.ResponseInputItem;
import com.openai.models.responses.ResponseOutputItem;
import com.openai.models.responses.ResponseStreamEvent;
import com.openai.models.responses.ResponseUsage;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.type.Argument;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.io.InputStream;
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

/**
 * {@code POST /v1/responses} end to end with the official OpenAI Java SDK and as Codex sends it: streamed and
 * whole answers with reasoning, text and a function call over an OpenAI, an Anthropic and a Gemini channel, a
 * function-call round trip, stateless refusals, failures inside a stream, and one exact usage row per call.
 */
@MicronautTest(transactional = false)
@Property(name = "switchboard.defaults.guest-rpm", value = "100000")
@Property(name = "switchboard.defaults.user-rpm", value = "100000")
class ResponsesApiTest extends UpstreamHttpTestSupport {

    private static final String KEY = "sk-responses-secret-0123456789";
    /** What each channel's mock answer costs: prompt, completion, cached, reasoning. */
    private static final List<Object> OPENAI_TOKENS = List.of(20, 9, 4, 5, "ok");
    private static final List<Object> ANTHROPIC_TOKENS = List.of(33, 15, 5, 0, "ok");
    private static final List<Object> GEMINI_TOKENS = List.of(12, 14, 0, 6, "ok");

    @Value("${switchboard.database-path}")
    String databasePath;

    /** An {@code openai} channel on the mock's "tool" script, an {@code anthropic} one on "ok", or a {@code gemini} one. */
    private String channel(String type) {
        String model = Api.uniqueModel();
        String script = switch (type) {
            case "openai" -> "tool";
            case "gemini" -> "g";
            default -> "ok";
        };
        Api.Reply r = api.post("/api/admin/channels", admin, "{\"name\":\"" + type + "-" + model + "\",\"type\":\""
                + type + "\",\"base_url\":\"" + upstream.baseUrl(script) + "\",\"api_key\":\"" + KEY
                + "\",\"model_id\":\"" + model + "\",\"reasoning\":\"auto\"}");
        assertEquals(201, r.status(), r.body());
        return model;
    }

    private OpenAIClient client() {
        return OpenAIOkHttpClient.builder().baseUrl("http://127.0.0.1:" + server.getPort() + "/v1")
                .apiKey(api.userToken("responses@example.com", "user-password")).maxRetries(0).build();
    }

    private static FunctionTool weatherTool() {
        return FunctionTool.builder().name("get_weather").description("The weather in a city").strict(false)
                .parameters(FunctionTool.Parameters.builder()
                        .putAdditionalProperty("type", JsonValue.from("object"))
                        .putAdditionalProperty("properties", JsonValue.from(Map.of("city", Map.of("type", "string"))))
                        .build())
                .build();
    }

    private static ResponseCreateParams.Builder params(String model) {
        return ResponseCreateParams.builder().model(model)
                .instructions("Be brief.")
                .input("What is the weather in Paris?")
                .addTool(weatherTool())
                .reasoning(Reasoning.builder().effort(ReasoningEffort.LOW).summary(Reasoning.Summary.AUTO).build())
                .store(false);
    }

    /** What the SDK saw of a stream: texts, the function call, the event order and the final response. */
    private record Streamed(String text, String reasoning, String arguments, String callName, String callId,
                            List<Long> sequence, List<String> kinds, Response last) {
    }

    private static Streamed stream(OpenAIClient client, ResponseCreateParams params) {
        StringBuilder text = new StringBuilder();
        StringBuilder reasoning = new StringBuilder();
        StringBuilder arguments = new StringBuilder();
        List<Long> sequence = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        Response[] last = new Response[1];
        String[] call = new String[2];
        try (StreamResponse<ResponseStreamEvent> events = client.responses().createStreaming(params)) {
            events.stream().forEach(event -> {
                event.validate(); // every field the SDK's schema requires is there, of its type
                event.created().ifPresent(e -> kinds.add("created"));
                event.inProgress().ifPresent(e -> kinds.add("in_progress"));
                event.outputItemAdded().ifPresent(e -> {
                    kinds.add("added:" + kind(e.item()));
                    e.item().functionCall().ifPresent(f -> {
                        call[0] = f.name();
                        call[1] = f.callId();
                    });
                });
                event.outputItemDone().ifPresent(e -> kinds.add("done:" + kind(e.item())));
                event.outputTextDelta().ifPresent(e -> {
                    text.append(e.delta());
                    sequence.add(e.sequenceNumber());
                });
                event.reasoningSummaryTextDelta().ifPresent(e -> reasoning.append(e.delta()));
                event.functionCallArgumentsDelta().ifPresent(e -> arguments.append(e.delta()));
                event.completed().ifPresent(e -> {
                    kinds.add("completed");
                    last[0] = e.response();
                    sequence.add(e.sequenceNumber());
                });
            });
        }
        return new Streamed(text.toString(), reasoning.toString(), arguments.toString(), call[0], call[1], sequence,
                kinds, last[0]);
    }

    private static String kind(ResponseOutputItem item) {
        return item.isMessage() ? "message" : item.isReasoning() ? "reasoning" : item.isFunctionCall() ? "function_call"
                : "other";
    }

    private static List<Object> usage(ResponseUsage usage) {
        return List.of((int) usage.inputTokens(), (int) usage.outputTokens(),
                (int) usage.inputTokensDetails().cachedTokens(), (int) usage.outputTokensDetails().reasoningTokens(),
                (int) usage.totalTokens());
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

    private MockUpstream.Received lastSent(String script) {
        return upstream.received.stream().filter(r -> r.script().equals(script)).reduce((a, b) -> b).orElseThrow();
    }

    /** A raw SSE body as (event name, data object) pairs, checking that each data line names its own event. */
    private List<Map.Entry<String, Map<String, Object>>> events(String body) throws IOException {
        List<Map.Entry<String, Map<String, Object>>> events = new ArrayList<>();
        for (String block : body.split("\n\n")) {
            if (block.isBlank()) {
                continue;
            }
            String[] lines = block.strip().split("\n");
            assertEquals(2, lines.length, block);
            assertTrue(lines[0].startsWith("event: ") && lines[1].startsWith("data: "), block);
            Map<String, Object> data = json.readValue(lines[1].substring(6), Argument.mapOf(String.class, Object.class));
            assertEquals(lines[0].substring(7), data.get("type"), block);
            events.add(Map.entry(lines[0].substring(7), data));
        }
        return events;
    }

    private String rawStream(String body) throws Exception {
        HttpResponse<InputStream> response = http.send(api.postRequest("/v1/responses", body),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        try (InputStream in = response.body()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private void streamsReasoningTextAndAFunctionCall(String type, List<Object> expectedRow) throws Exception {
        String model = channel(type);
        Streamed s = stream(client(), params(model).build());
        assertEquals("Let me check.", s.text());
        assertEquals("Weather needs a tool.", s.reasoning());
        assertEquals("get_weather", s.callName());
        assertEquals(Map.of("openai", "call_w1", "anthropic", "toolu_1", "gemini", "call_0").get(type), s.callId());
        assertEquals("{\"city\":\"Paris\"}", s.arguments().replace(" ", ""));
        assertEquals(List.of("created", "in_progress", "added:reasoning", "done:reasoning", "added:message",
                "done:message", "added:function_call", "done:function_call", "completed"), s.kinds());
        for (int i = 1; i < s.sequence().size(); i++) {
            assertTrue(s.sequence().get(i) > s.sequence().get(i - 1), "sequence numbers rise: " + s.sequence());
        }
        Response last = s.last();
        assertTrue(last.id().startsWith("resp_"), last.id());
        assertEquals(3, last.output().size());
        assertEquals("Weather needs a tool.", last.output().get(0).asReasoning().summary().get(0).text());
        assertEquals("Let me check.", last.output().get(1).asMessage().content().get(0).asOutputText().text());
        assertEquals("get_weather", last.output().get(2).asFunctionCall().name());
        Map<String, Object> logged = rows(model, 1).get(0);
        assertEquals("responses", logged.get("endpoint"), "the usage row names the surface");
        List<Object> row = tokens(logged);
        assertEquals(row.subList(0, 4), usage(last.usage().orElseThrow()).subList(0, 4),
                "response.completed carries the same tokens as the usage row");
        assertEquals(expectedRow, row);
    }

    @Test
    void streamsReasoningTextAndAFunctionCallFromAnOpenAiChannelThroughTheSdk() throws Exception {
        streamsReasoningTextAndAFunctionCall("openai", OPENAI_TOKENS);
        MockUpstream.Received sent = lastSent("tool");
        assertTrue(sent.body().contains("\"messages\":[{\"role\":\"system\",\"content\":\"Be brief.\"}"), sent.body());
        assertTrue(sent.body().contains("\"reasoning_effort\":\"low\""), sent.body());
        assertTrue(sent.body().contains("\"include_usage\":true"), sent.body());
        assertTrue(sent.body().contains("\"tools\":[{") && sent.body().contains("\"name\":\"get_weather\""), sent.body());
        assertFalse(sent.body().contains("\"store\""), "a chat completion, not the Responses body");
    }

    @Test
    void streamsReasoningTextAndAFunctionCallFromAnAnthropicChannelThroughTheSdk() throws Exception {
        streamsReasoningTextAndAFunctionCall("anthropic", ANTHROPIC_TOKENS);
        MockUpstream.Received sent = lastSent("ok");
        assertTrue(sent.path().endsWith("/messages"), sent.path());
        assertTrue(sent.body().contains("\"system\":\"Be brief.\""), sent.body());
        assertTrue(sent.body().contains("\"thinking\""), "reasoning.effort asks for thinking: " + sent.body());
    }

    @Test
    void streamsFromAGeminiChannelToo() throws Exception {
        streamsReasoningTextAndAFunctionCall("gemini", GEMINI_TOKENS);
    }

    private void answersWhole(String type, List<Object> expectedRow) throws Exception {
        String model = channel(type);
        Response whole = client().responses().create(params(model).build());
        whole.validate();
        assertTrue(whole.id().startsWith("resp_"));
        assertEquals("completed", whole.status().orElseThrow().asString());
        List<ResponseOutputItem> output = whole.output();
        assertEquals(List.of("reasoning", "message", "function_call"), output.stream().map(ResponsesApiTest::kind).toList());
        assertTrue(output.get(0).asReasoning().id().startsWith("rs_"));
        assertTrue(output.get(1).asMessage().id().startsWith("msg_"));
        ResponseFunctionToolCall call = output.get(2).asFunctionCall();
        assertTrue(call.id().orElseThrow().startsWith("fc_"));
        assertEquals("{\"city\":\"Paris\"}", call.arguments().replace(" ", ""));
        assertEquals("Let me check.", output.get(1).asMessage().content().get(0).asOutputText().text());
        assertEquals("Be brief.", whole.instructions().orElseThrow().asString());
        List<Object> row = tokens(rows(model, 1).get(0));
        assertEquals(expectedRow, row);
        assertEquals(row.subList(0, 4), usage(whole.usage().orElseThrow()).subList(0, 4));
    }

    @Test
    void answersWholeWithTheSameItemsFromAnOpenAiChannel() throws Exception {
        answersWhole("openai", OPENAI_TOKENS);
    }

    @Test
    void answersWholeWithTheSameItemsFromAnAnthropicChannel() throws Exception {
        answersWhole("anthropic", ANTHROPIC_TOKENS);
    }

    @Test
    void answersWholeWithTheSameItemsFromAGeminiChannel() throws Exception {
        answersWhole("gemini", GEMINI_TOKENS);
    }

    /** The first answer's items go back as input, with the function's output: each channel gets its own tool turns. */
    private MockUpstream.Received roundTrip(String type, String script, String secondAnswer) {
        String model = channel(type);
        OpenAIClient client = client();
        Response first = client.responses().create(params(model).build());
        ResponseFunctionToolCall call = first.output().get(2).asFunctionCall();
        List<ResponseInputItem> input = new ArrayList<>();
        input.add(ResponseInputItem.ofEasyInputMessage(com.openai.models.responses.EasyInputMessage.builder()
                .role(com.openai.models.responses.EasyInputMessage.Role.USER).content("What is the weather in Paris?")
                .build()));
        input.add(ResponseInputItem.ofReasoning(first.output().get(0).asReasoning()));
        input.add(ResponseInputItem.ofResponseOutputMessage(first.output().get(1).asMessage()));
        input.add(ResponseInputItem.ofFunctionCall(call));
        input.add(ResponseInputItem.ofFunctionCallOutput(ResponseInputItem.FunctionCallOutput.builder()
                .callId(call.callId()).output("{\"temp_c\":18}").build()));
        Streamed second = stream(client, params(model).inputOfResponse(input).build());
        assertEquals(secondAnswer, second.text());
        return lastSent(script);
    }

    @Test
    void aFunctionCallRoundTripReachesAnOpenAiChannelAsToolCallsAndAToolMessage() {
        String body = roundTrip("openai", "tool", "Let me check.").body();
        assertTrue(body.contains("{\"role\":\"assistant\",\"content\":\"Let me check.\",\"tool_calls\":[{"), body);
        assertTrue(body.contains("\"id\":\"call_w1\"") && body.contains("\"name\":\"get_weather\""), body);
        assertTrue(body.contains("\"arguments\":\"{\\\"city\\\":\\\"Paris\\\"}\""), body);
        assertTrue(body.contains("{\"role\":\"tool\",\"content\":\"{\\\"temp_c\\\":18}\",\"tool_call_id\":\"call_w1\"}"), body);
        assertFalse(body.contains("Weather needs a tool."), "reasoning items are not sent back: " + body);
    }

    @Test
    void aFunctionCallRoundTripReachesAnAnthropicChannelAsToolUseAndToolResult() {
        // the Anthropic mock answers a request that carries a tool result with text only
        String body = roundTrip("anthropic", "ok", "Sunny in Paris.").body();
        assertTrue(body.contains("\"id\":\"toolu_1\"") && body.contains("\"type\":\"tool_use\""), body);
        assertTrue(body.contains("\"input\":{\"city\":\"Paris\"}"), body);
        assertTrue(body.contains("\"type\":\"tool_result\",\"tool_use_id\":\"toolu_1\",\"content\":\"{\\\"temp_c\\\":18}\""),
                body);
        assertTrue(body.contains("\"text\":\"Let me check.\""), body);
    }

    @Test
    void refusesPreviousResponseIdBecauseNothingIsStored() {
        String model = channel("openai");
        int before = upstream.calls("tool");
        BadRequestException refused = assertThrows(BadRequestException.class,
                () -> client().responses().create(params(model).previousResponseId("resp_123").build()));
        assertTrue(refused.getMessage().contains("keeps no conversation"), refused.getMessage());

        Api.Reply raw = api.post("/v1/responses", null, "{\"model\":\"" + model
                + "\",\"input\":\"hi\",\"previous_response_id\":\"resp_123\"}");
        assertEquals(400, raw.status());
        assertEquals("invalid_request", raw.error().get("type"));
        assertTrue(String.valueOf(raw.error().get("message")).contains("Switchboard keeps no conversation"), raw.body());
        assertEquals(before, upstream.calls("tool"), "refused before any upstream call");
    }

    @Test
    void badInputGetsTheStandardEnvelope() {
        String model = channel("openai");
        for (String body : List.of("{\"input\":\"hi\"}", "{\"model\":\"" + model + "\"}",
                "{\"model\":\"" + model + "\",\"input\":[{\"type\":\"message\",\"role\":\"robot\",\"content\":\"x\"}]}",
                "{\"model\":\"" + model + "\",\"input\":\"hi\",\"max_output_tokens\":0}", "not json")) {
            Api.Reply r = api.post("/v1/responses", null, body);
            assertEquals(400, r.status(), body + " -> " + r.body());
            assertEquals("invalid_request", r.error().get("type"), r.body());
            assertFalse(r.body().contains("Exception"), r.body());
        }
        Api.Reply unknown = api.post("/v1/responses", null, "{\"model\":\"no-such-model\",\"input\":\"hi\"}");
        assertEquals(404, unknown.status());
        assertEquals("model_not_found", unknown.error().get("type"));
    }

    private String codexRequest(String model) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/fixtures/codex-responses-request.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("__MODEL__", model);
        }
    }

    /** {@code toolTurn}: the channel answers with reasoning and a function call again (else with text only). */
    private void replaysCodex(String type, String script, boolean toolTurn) throws Exception {
        String model = channel(type);
        List<Map.Entry<String, Map<String, Object>>> events = events(rawStream(codexRequest(model)));
        List<String> names = events.stream().map(Map.Entry::getKey).toList();
        assertEquals("response.created", names.get(0));
        assertEquals("response.in_progress", names.get(1));
        assertEquals("response.completed", names.get(names.size() - 1));
        List<String> expectedEvents = new ArrayList<>(List.of("response.output_item.added",
                "response.content_part.added", "response.output_text.delta", "response.output_text.done",
                "response.content_part.done", "response.output_item.done"));
        if (toolTurn) {
            expectedEvents.addAll(List.of("response.reasoning_summary_part.added",
                    "response.reasoning_summary_text.delta", "response.reasoning_summary_text.done",
                    "response.function_call_arguments.delta", "response.function_call_arguments.done"));
        }
        for (String expected : expectedEvents) {
            assertTrue(names.contains(expected), expected + " in " + names);
        }
        for (int i = 0; i < events.size(); i++) {
            assertEquals(i, ((Number) events.get(i).getValue().get("sequence_number")).intValue());
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> done = (Map<String, Object>) events.get(events.size() - 1).getValue().get("response");
        assertEquals(false, done.get("store"));
        assertTrue(done.containsKey("error") && done.get("error") == null, "nullable fields are written as null");
        assertTrue(done.containsKey("incomplete_details") && done.containsKey("previous_response_id"), done.toString());
        assertEquals("completed", done.get("status"));
        assertEquals(model, done.get("model"));

        String sent = lastSent(script).body();
        assertTrue(sent.contains("shell_command") && sent.contains("update_plan"), sent);
        for (String dropped : List.of("apply_patch", "web_search", "mcp__docs", "prompt_cache_key", "encrypted_content",
                "client_metadata", "**Listing the files**", "verbosity")) {
            assertFalse(sent.contains(dropped), dropped + " must not reach the channel: " + sent);
        }
        assertTrue(sent.contains("Filesystem sandboxing"), "the developer message is sent as a system one: " + sent);
        assertTrue(sent.contains("README.md\\npom.xml\\nsrc\\n"), "the function's output is sent: " + sent);
        assertEquals(List.of("ok"), List.of(rows(model, 1).get(0).get("status")));
    }

    @Test
    void replaysACodexRequestOverAnOpenAiChannel() throws Exception {
        replaysCodex("openai", "tool", true);
        String sent = lastSent("tool").body();
        assertTrue(sent.contains("{\"role\":\"system\",\"content\":\"<permissions instructions>"), sent);
        assertTrue(sent.contains("\"tool_call_id\":\"call_ls1\""), sent);
        assertTrue(sent.contains("\"reasoning_effort\":\"medium\""), sent);
    }

    @Test
    void replaysACodexRequestOverAnAnthropicChannel() throws Exception {
        // the request ends with a function's output: the Anthropic mock then answers with text only
        replaysCodex("anthropic", "ok", false);
        String sent = lastSent("ok").body();
        assertTrue(sent.contains("\"system\":\"You are Codex"), sent);
        assertTrue(sent.contains("\"tool_use_id\":\"call_ls1\""), sent);
    }

    @Test
    void anErrorInsideAStartedStreamEndsItWithTheErrorEnvelopeAndResponseFailed() throws Exception {
        String model = Api.uniqueModel();
        assertEquals(201, api.post("/api/admin/channels", admin, "{\"name\":\"midstream\",\"type\":\"anthropic\","
                + "\"base_url\":\"" + upstream.baseUrl("error-midstream") + "\",\"api_key\":\"" + KEY
                + "\",\"model_id\":\"" + model + "\"}").status());
        List<Map.Entry<String, Map<String, Object>>> events = events(rawStream("{\"model\":\"" + model
                + "\",\"stream\":true,\"input\":\"hi\"}"));
        List<String> names = events.stream().map(Map.Entry::getKey).toList();
        assertTrue(names.contains("response.output_text.delta"), names.toString());
        assertFalse(names.contains("response.completed"), names.toString());
        assertEquals("error", names.get(names.size() - 2));
        assertEquals(Map.of("type", "upstream_error", "message", "上游渠道暂时不可用，请稍后再试"),
                events.get(names.size() - 2).getValue().get("error"));
        assertEquals("response.failed", names.get(names.size() - 1));
        @SuppressWarnings("unchecked")
        Map<String, Object> failed = (Map<String, Object>) events.get(names.size() - 1).getValue().get("response");
        assertEquals("failed", failed.get("status"));
        assertEquals("upstream_error", rows(model, 1).get(0).get("status"));

        com.openai.errors.SseException raised = assertThrows(com.openai.errors.SseException.class,
                () -> stream(client(), ResponseCreateParams.builder().model(model).input("hi").build()));
        assertTrue(raised.getMessage().contains("上游渠道暂时不可用"), "the SDK raises the error event: " + raised.getMessage());
    }

    @Test
    void anAnswerCutAtTheTokenLimitIsIncomplete() throws Exception {
        String model = Api.uniqueModel();
        api.addChannel(admin, "length", upstream.baseUrl("length"), KEY, model);
        List<Map.Entry<String, Map<String, Object>>> events = events(rawStream("{\"model\":\"" + model
                + "\",\"stream\":true,\"max_output_tokens\":3,\"input\":\"hi\"}"));
        Map.Entry<String, Map<String, Object>> last = events.get(events.size() - 1);
        assertEquals("response.incomplete", last.getKey());
        @SuppressWarnings("unchecked")
        Map<String, Object> response = (Map<String, Object>) last.getValue().get("response");
        assertEquals("incomplete", response.get("status"));
        assertEquals(Map.of("reason", "max_output_tokens"), response.get("incomplete_details"));
        assertEquals(3, ((Number) response.get("max_output_tokens")).intValue());
        assertTrue(lastSent("length").body().contains("\"max_tokens\":3"));
    }

    @Test
    void aKeyLimitedToOtherModelsIsRefusedHere() {
        String model = channel("openai");
        String token = api.userToken("responses-key@example.com", "user-password");
        Api.Reply created = api.post("/api/keys", token, "{\"name\":\"codex\",\"allowed_models\":[\"other-model\"]}");
        assertEquals(201, created.status(), created.body());
        String key = (String) created.map().get("key");
        Api.Reply refused = api.post("/v1/responses", key, "{\"model\":\"" + model + "\",\"input\":\"hi\"}");
        assertEquals(403, refused.status(), refused.body());
        assertEquals("forbidden", refused.error().get("type"));
    }

    @Test
    void aClientThatLeavesMidStreamClosesTheUpstreamAndTheRowSaysCancelled() throws Exception {
        String model = Api.uniqueModel();
        api.addChannel(admin, "long", upstream.baseUrl("long"), KEY, model);
        HttpResponse<InputStream> response = http.send(api.postRequest("/v1/responses", "{\"model\":\"" + model
                + "\",\"stream\":true,\"input\":\"count\"}"), HttpResponse.BodyHandlers.ofInputStream());
        java.io.BufferedReader reader = new java.io.BufferedReader(
                new java.io.InputStreamReader(response.body(), StandardCharsets.UTF_8));
        int deltas = 0;
        while (deltas < 3) {
            if (reader.readLine().equals("event: response.output_text.delta")) {
                deltas++;
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
        Map<String, Object> row = rows(model, 1).get(0);
        assertEquals("cancelled", row.get("status"));
        assertTrue(((Number) row.get("completion_tokens")).intValue() > 0, "tokens seen so far are counted");
    }

    @Test
    void takesTheLongConversationsCodingAgentsSend() throws Exception {
        String model = channel("openai");
        String history = "x".repeat(2 * 1024 * 1024);
        Api.Reply r = api.post("/v1/responses", null, "{\"model\":\"" + model + "\",\"input\":[{\"role\":\"user\","
                + "\"content\":\"" + history + "\"}]}");
        assertEquals(200, r.status(), "a body over the 1 MB default of the other routes is taken here");
        assertEquals("response", r.map().get("object"));
        assertTrue(lastSent("tool").body().contains(history));
    }
}
