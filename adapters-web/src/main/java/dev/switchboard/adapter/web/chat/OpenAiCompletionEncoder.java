package dev.switchboard.adapter.web.chat;

import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.chat.FinishReason;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A whole answer's events folded into one OpenAI {@code chat.completion} object. */
final class OpenAiCompletionEncoder {

    private OpenAiCompletionEncoder() {
    }

    static byte[] encode(JsonMapper json, List<ChatEvent> events, String id, String model, long created) {
        StringBuilder content = new StringBuilder();
        StringBuilder reasoning = new StringBuilder();
        Map<Integer, String[]> calls = new TreeMap<>();
        FinishReason finish = FinishReason.STOP;
        Map<String, Object> usage = null;
        for (ChatEvent event : events) {
            if (event instanceof ChatEvent.TextDelta text) {
                content.append(text.text());
            } else if (event instanceof ChatEvent.ReasoningDelta thought) {
                reasoning.append(thought.text());
            } else if (event instanceof ChatEvent.ToolCallDelta call) {
                String[] whole = calls.computeIfAbsent(call.index(), i -> new String[] {null, null, ""});
                whole[0] = call.id() != null ? call.id() : whole[0];
                whole[1] = call.name() != null ? call.name() : whole[1];
                whole[2] = whole[2] + call.arguments();
            } else if (event instanceof ChatEvent.Finish done) {
                finish = done.reason();
            } else if (event instanceof ChatEvent.Usage tokens) {
                usage = OpenAiChunkEncoder.usage(tokens.usage());
            }
        }
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("role", "assistant");
        message.put("content", content.length() == 0 && !calls.isEmpty() ? null : content.toString());
        if (reasoning.length() > 0) {
            message.put("reasoning_content", reasoning.toString());
        }
        if (!calls.isEmpty()) {
            List<Object> toolCalls = new ArrayList<>();
            calls.forEach((index, call) -> {
                Map<String, Object> function = new LinkedHashMap<>();
                function.put("name", call[1] == null ? "" : call[1]);
                function.put("arguments", call[2]);
                Map<String, Object> toolCall = new LinkedHashMap<>();
                toolCall.put("id", call[0] == null ? "call_" + index : call[0]);
                toolCall.put("type", "function");
                toolCall.put("function", function);
                toolCalls.add(toolCall);
            });
            message.put("tool_calls", toolCalls);
        }
        Map<String, Object> choice = new LinkedHashMap<>();
        choice.put("index", 0);
        choice.put("message", message);
        choice.put("finish_reason", OpenAiChunkEncoder.finishReason(finish));
        Map<String, Object> completion = new LinkedHashMap<>();
        completion.put("id", id);
        completion.put("object", "chat.completion");
        completion.put("created", created);
        completion.put("model", model);
        completion.put("choices", List.of(choice));
        if (usage != null) {
            completion.put("usage", usage);
        }
        try {
            return json.writeValueAsBytes(completion);
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode the answer", e);
        }
    }
}
