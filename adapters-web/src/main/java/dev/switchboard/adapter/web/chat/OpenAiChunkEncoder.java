package dev.switchboard.adapter.web.chat;

import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.chat.FinishReason;
import dev.switchboard.domain.usage.TokenUsage;
import io.micronaut.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Neutral events as what an OpenAI client expects of a stream from a non-OpenAI channel: one
 * {@code chat.completion.chunk} per event ({@code delta.role} on the first, {@code delta.content},
 * {@code delta.reasoning_content}, {@code delta.tool_calls}), the {@code finish_reason} chunk, the usage chunk
 * ({@code choices: []}); {@code [DONE]} is the relay's. One per stream, not thread-safe.
 */
final class OpenAiChunkEncoder {

    private final JsonMapper json;
    private final String id;
    private final String model;
    private final long created;
    private boolean roleSent;

    OpenAiChunkEncoder(JsonMapper json, String id, String model, long created) {
        this.json = json;
        this.id = id;
        this.model = model;
        this.created = created;
    }

    /** The SSE bytes for the events ({@code data: …} and a blank line each); empty for events with no chunk. */
    byte[] encode(List<ChatEvent> events) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (ChatEvent event : events) {
            Map<String, Object> chunk = chunk(event);
            if (chunk != null) {
                try {
                    out.write("data: ".getBytes(StandardCharsets.US_ASCII));
                    out.write(json.writeValueAsBytes(chunk));
                    out.write("\n\n".getBytes(StandardCharsets.US_ASCII));
                } catch (IOException e) {
                    throw new IllegalStateException("cannot encode a chunk", e);
                }
            }
        }
        return out.toByteArray();
    }

    private Map<String, Object> chunk(ChatEvent event) {
        if (event instanceof ChatEvent.TextDelta text) {
            return delta(Map.of("content", text.text()), null);
        }
        if (event instanceof ChatEvent.ReasoningDelta reasoning) {
            return delta(Map.of("reasoning_content", reasoning.text()), null);
        }
        if (event instanceof ChatEvent.ToolCallDelta call) {
            Map<String, Object> function = new LinkedHashMap<>();
            if (call.name() != null) {
                function.put("name", call.name());
            }
            function.put("arguments", call.arguments());
            Map<String, Object> piece = new LinkedHashMap<>();
            piece.put("index", call.index());
            if (call.id() != null) {
                piece.put("id", call.id());
                piece.put("type", "function");
            }
            piece.put("function", function);
            return delta(Map.of("tool_calls", List.of(piece)), null);
        }
        if (event instanceof ChatEvent.Finish finish) {
            return delta(Map.of(), finishReason(finish.reason()));
        }
        if (event instanceof ChatEvent.Usage usage) {
            Map<String, Object> chunk = head();
            chunk.put("choices", List.of());
            chunk.put("usage", usage(usage.usage()));
            return chunk;
        }
        return null; // start (its id and model are in every chunk) and errors (the relay ends the stream)
    }

    private Map<String, Object> delta(Map<String, Object> fields, String finishReason) {
        Map<String, Object> delta = new LinkedHashMap<>();
        if (!roleSent) {
            roleSent = true;
            delta.put("role", "assistant");
        }
        delta.putAll(fields);
        Map<String, Object> choice = new LinkedHashMap<>();
        choice.put("index", 0);
        choice.put("delta", delta);
        choice.put("finish_reason", finishReason);
        Map<String, Object> chunk = head();
        chunk.put("choices", List.of(choice));
        return chunk;
    }

    private Map<String, Object> head() {
        Map<String, Object> chunk = new LinkedHashMap<>();
        chunk.put("id", id);
        chunk.put("object", "chat.completion.chunk");
        chunk.put("created", created);
        chunk.put("model", model);
        return chunk;
    }

    static String finishReason(FinishReason reason) {
        return reason.name().toLowerCase(Locale.ROOT);
    }

    static Map<String, Object> usage(TokenUsage usage) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("prompt_tokens", usage.prompt());
        out.put("completion_tokens", usage.completion());
        out.put("total_tokens", usage.prompt() + usage.completion());
        out.put("prompt_tokens_details", Map.of("cached_tokens", usage.cached()));
        out.put("completion_tokens_details", Map.of("reasoning_tokens", usage.reasoning()));
        return out;
    }
}
