package dev.switchboard.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A request shaped as Claude Code sends it (fixtures/claude-code-messages.json: system blocks with cache_control,
 * a thinking block, a tool round trip, {@code role: "system"} mid-conversation, custom and server tools, adaptive
 * thinking, metadata, context management) replayed with its headers and {@code ?beta=true}: translated for an
 * OpenAI channel, passed through untouched to an Anthropic one.
 */
@MicronautTest(transactional = false)
@Property(name = "switchboard.defaults.user-rpm", value = "100000")
class ClaudeCodeReplayTest extends MessagesTestSupport {

    private static final String BETAS = "claude-code-20250219,interleaved-thinking-2025-05-14,"
            + "fine-grained-tool-streaming-2025-05-14,context-management-2025-06-27,mid-conversation-system-2026-02-01";

    private static String fixture(String model) throws IOException {
        try (InputStream in = ClaudeCodeReplayTest.class.getResourceAsStream("/fixtures/claude-code-messages.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\"MODEL\"", "\"" + model + "\"");
        }
    }

    private HttpResponse<String> replay(String model, String key) throws Exception {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("x-api-key", key);
        headers.put("anthropic-version", "2023-06-01");
        headers.put("anthropic-beta", BETAS);
        headers.put("anthropic-dangerous-direct-browser-access", "true");
        headers.put("x-app", "cli");
        headers.put("User-Agent", "claude-cli/2.1.0 (external, cli)");
        return http.send(api.postRequest("/v1/messages?beta=true", null, fixture(model), headers),
                HttpResponse.BodyHandlers.ofString());
    }

    private Map<String, Object> parse(String body) throws IOException {
        return json.readValue(body, Argument.mapOf(String.class, Object.class));
    }

    private static List<String> eventNames(String sse) {
        List<String> names = new ArrayList<>();
        for (String line : sse.split("\n")) {
            if (line.startsWith("event: ")) {
                names.add(line.substring(7));
            }
        }
        return names;
    }

    @Test
    @SuppressWarnings("unchecked")
    void overAnOpenAiChannelTheRequestIsTranslatedAndTheAnswerStreamsAsAnthropicEvents() throws Exception {
        String model = Api.uniqueModel();
        addTyped("openai", "ok", model);
        Key key = newKey();
        HttpResponse<String> r = replay(model, key.secret());
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("text/event-stream"));
        assertEquals(List.of("message_start", "content_block_start", "content_block_delta", "content_block_delta",
                "content_block_delta", "content_block_stop", "message_delta", "message_stop"), eventNames(r.body()));
        assertTrue(r.body().contains("\"stop_reason\":\"end_turn\""), r.body());
        assertTrue(r.body().contains("\"input_tokens\":11") && r.body().contains("\"output_tokens\":3"), r.body());

        MockUpstream.Received sent = upstream.received.stream().filter(x -> x.body().contains(model)
                || x.body().contains("openai-upstream-model")).reduce((a, b) -> b).orElseThrow();
        Map<String, Object> body = parse(sent.body());
        List<Map<String, Object>> messages = (List<Map<String, Object>>) body.get("messages");
        assertEquals(Map.of("role", "system", "content", "You are Claude Code, Anthropic's official CLI for Claude.\n\n"
                + "You are an interactive CLI tool that helps users with software engineering tasks.\n\n"
                + "The user prefers answers in one sentence."), messages.get(0), "system blocks and the mid-conversation system turn hoisted");
        assertEquals(List.of("system", "user", "assistant", "tool", "user"),
                messages.stream().map(m -> m.get("role")).toList());
        assertTrue(String.valueOf(messages.get(1).get("content")).endsWith("</system-reminder>\n\nWhat is the weather in Paris?"));
        assertEquals("21 degrees, sunny", messages.get(3).get("content"));
        assertEquals("toolu_01A", messages.get(3).get("tool_call_id"));
        List<Map<String, Object>> tools = (List<Map<String, Object>>) body.get("tools");
        assertEquals(List.of("get_weather", "Bash"), tools.stream()
                .map(t -> ((Map<String, Object>) t.get("function")).get("name")).toList(), "the server tool is dropped");
        assertFalse(sent.body().contains("cache_control"), sent.body());
        assertFalse(sent.body().contains("metadata"), sent.body());
        assertFalse(sent.body().contains("thinking"), "the assistant's own thinking stays out: " + sent.body());
        assertNull(body.get("reasoning_effort"), "adaptive thinking is left to the model");
        assertEquals(32000, body.get("max_tokens"));
        assertEquals("Bearer " + UPSTREAM_KEY, sent.authorization());
        assertNull(sent.headers().get("anthropic-beta"));

        assertEquals(List.of("messages", key.id(), 11, 3, 0, "ok"), usage(rows(model, 1).get(0)));
    }

    @Test
    void overAnAnthropicChannelTheRequestAndTheStreamPassThroughWithTheBetas() throws Exception {
        String model = Api.uniqueModel();
        addTyped("anthropic", "cc", model);
        Key key = newKey();
        HttpResponse<String> r = replay(model, key.secret());
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().startsWith("event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"id\":\"msg_2\""),
                r.body());
        assertTrue(r.body().contains("\"text\":\"Sunny in Paris.\""), r.body());
        assertTrue(r.body().endsWith("event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n"), r.body());

        MockUpstream.Received sent = upstream.received.stream().filter(x -> x.script().equals("cc"))
                .reduce((a, b) -> b).orElseThrow();
        assertEquals("/cc/v1/messages", sent.path());
        assertEquals(BETAS, sent.headers().get("anthropic-beta"));
        assertEquals("2023-06-01", sent.headers().get("anthropic-version"));
        assertEquals(UPSTREAM_KEY, sent.headers().get("x-api-key"));
        assertFalse(sent.headers().containsKey("x-app"), "only the protocol headers are forwarded");
        Map<String, Object> expected = parse(fixture("anthropic-upstream-model"));
        assertEquals(expected, parse(sent.body()), "every field as Claude Code sent it, the model swapped");

        assertEquals(List.of("messages", key.id(), 40, 6, 0, "ok"), usage(rows(model, 1).get(0)));
    }
}
