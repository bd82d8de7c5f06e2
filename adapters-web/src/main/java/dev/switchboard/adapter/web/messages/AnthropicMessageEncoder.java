package dev.switchboard.adapter.web.messages;

import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.chat.FinishReason;
import dev.switchboard.domain.usage.TokenUsage;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A whole answer from a non-Anthropic channel as one Anthropic {@code message}: a thinking block (with an empty
 * signature: there is none to give), a text block, and a {@code tool_use} block per call with its arguments parsed
 * as the {@code input} object.
 */
final class AnthropicMessageEncoder {

    private AnthropicMessageEncoder() {
    }

    static byte[] encode(JsonMapper json, List<ChatEvent> answer, String id, String model) {
        StringBuilder thinking = new StringBuilder();
        StringBuilder text = new StringBuilder();
        Map<Integer, String[]> calls = new TreeMap<>();
        FinishReason finish = null;
        TokenUsage usage = TokenUsage.NONE;
        for (ChatEvent event : answer) {
            if (event instanceof ChatEvent.TextDelta t) {
                text.append(t.text());
            } else if (event instanceof ChatEvent.ReasoningDelta r) {
                thinking.append(r.text());
            } else if (event instanceof ChatEvent.ToolCallDelta c) {
                String[] call = calls.computeIfAbsent(c.index(), i -> new String[] {null, null, ""});
                call[0] = call[0] == null ? c.id() : call[0];
                call[1] = call[1] == null ? c.name() : call[1];
                call[2] += c.arguments();
            } else if (event instanceof ChatEvent.Finish f) {
                finish = f.reason();
            } else if (event instanceof ChatEvent.Usage u) {
                usage = u.usage();
            }
        }
        List<Object> content = new ArrayList<>();
        if (thinking.length() > 0) {
            content.add(Obj.of("type", "thinking", "thinking", thinking.toString(), "signature", ""));
        }
        if (text.length() > 0 || (thinking.length() == 0 && calls.isEmpty())) {
            content.add(Obj.of("type", "text", "text", text.toString()));
        }
        calls.forEach((index, call) -> content.add(Obj.of("type", "tool_use",
                "id", call[0] == null ? "toolu_" + id + "_" + index : call[0],
                "name", call[1] == null ? "" : call[1], "input", input(json, call[2]))));
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("id", id);
        message.put("type", "message");
        message.put("role", "assistant");
        message.put("model", model);
        message.put("content", content);
        message.put("stop_reason", AnthropicStreamEncoder.stopReason(finish, !calls.isEmpty()));
        message.put("stop_sequence", null);
        message.put("usage", AnthropicUsage.of(usage));
        try {
            return json.writeValueAsBytes(message);
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode the message", e);
        }
    }

    /** The call's arguments as an object; arguments that are no JSON object are kept under {@code "arguments"}. */
    private static Object input(JsonMapper json, String arguments) {
        if (arguments.isBlank()) {
            return Map.of();
        }
        try {
            Map<String, Object> parsed = json.readValue(arguments.getBytes(StandardCharsets.UTF_8),
                    Argument.mapOf(String.class, Object.class));
            return parsed == null ? Map.of() : parsed;
        } catch (IOException | RuntimeException e) {
            return Obj.of("arguments", arguments);
        }
    }
}
