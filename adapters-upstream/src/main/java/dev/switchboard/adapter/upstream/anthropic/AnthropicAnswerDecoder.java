package dev.switchboard.adapter.upstream.anthropic;

import dev.switchboard.adapter.upstream.provider.Json;
import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.usage.TokenUsage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A whole Messages API answer folded into neutral events: start, blocks in order, finish, usage. */
final class AnthropicAnswerDecoder {

    private AnthropicAnswerDecoder() {
    }

    static List<ChatEvent> decode(byte[] body) throws IOException {
        Map<String, Object> message = Json.object(body);
        if (!"message".equals(Json.text(message, "type")) && Json.text(message, "id") == null) {
            throw new IOException("not a Messages API answer");
        }
        List<ChatEvent> events = new ArrayList<>();
        events.add(new ChatEvent.Start(Json.text(message, "id"), Json.text(message, "model")));
        int tools = 0;
        for (Object block : Json.list(message, "content")) {
            String type = Json.text(block, "type");
            if ("text".equals(type)) {
                events.add(new ChatEvent.TextDelta(String.valueOf(Json.text(block, "text"))));
            } else if ("thinking".equals(type)) {
                events.add(new ChatEvent.ReasoningDelta(String.valueOf(Json.text(block, "thinking"))));
            } else if ("tool_use".equals(type)) {
                Object input = block instanceof Map<?, ?> m ? m.get("input") : null;
                events.add(new ChatEvent.ToolCallDelta(tools++, Json.text(block, "id"), Json.text(block, "name"),
                        Json.writeString(input == null ? Map.of() : input)));
            }
        }
        events.add(new ChatEvent.Finish(AnthropicFormat.finishReason(Json.text(message, "stop_reason"))));
        Map<String, Object> usage = Json.map(message, "usage");
        if (usage != null) {
            int cacheRead = Json.integer(usage, "cache_read_input_tokens");
            events.add(new ChatEvent.Usage(new TokenUsage(Json.integer(usage, "input_tokens") + cacheRead
                    + Json.integer(usage, "cache_creation_input_tokens"), Json.integer(usage, "output_tokens"),
                    cacheRead, 0)));
        }
        return events;
    }
}
