package dev.switchboard.adapter.upstream.gemini;

import dev.switchboard.adapter.upstream.provider.Json;
import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.chat.FinishReason;
import dev.switchboard.domain.usage.TokenUsage;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads GenerateContentResponse objects — each chunk of a stream, or a whole answer — into neutral events.
 * Parts with {@code thought: true} are reasoning; function calls come whole and without ids ({@code call_<n>} is
 * made up); {@code finishReason} is STOP even after a call, so the finish says {@code tool_calls} when one was
 * seen; usage (completion = candidates + thoughts) is kept and given once by {@link #usage()}, since the last
 * chunk may carry it with no parts.
 */
final class GeminiResponseReader {

    private boolean started;
    private int calls;
    private boolean finished;
    private TokenUsage usage;

    void read(Map<String, Object> response, Consumer<ChatEvent> out) {
        if (response.get("error") instanceof Map<?, ?> error) {
            out.accept(new ChatEvent.Error(Json.text(error, "status"), Json.integer(error, "code"),
                    Json.text(error, "message")));
            return;
        }
        if (!started) {
            started = true;
            out.accept(new ChatEvent.Start(Json.text(response, "responseId"), Json.text(response, "modelVersion")));
        }
        List<?> candidates = Json.list(response, "candidates");
        Object candidate = candidates.isEmpty() ? null : candidates.get(0);
        for (Object part : Json.list(Json.map(candidate, "content"), "parts")) {
            String text = Json.text(part, "text");
            Map<String, Object> call = Json.map(part, "functionCall");
            if (call != null) {
                Object args = call.get("args");
                out.accept(new ChatEvent.ToolCallDelta(calls, "call_" + calls, Json.text(call, "name"),
                        Json.writeString(args == null ? Map.of() : args)));
                calls++;
            } else if (text != null && !text.isEmpty()) {
                out.accept(Json.flag(part, "thought") ? new ChatEvent.ReasoningDelta(text) : new ChatEvent.TextDelta(text));
            }
        }
        String reason = Json.text(candidate, "finishReason");
        if (reason != null && !finished) {
            finished = true;
            out.accept(new ChatEvent.Finish(finishReason(reason)));
        }
        Map<String, Object> metadata = Json.map(response, "usageMetadata");
        if (metadata != null) {
            int thoughts = Json.integer(metadata, "thoughtsTokenCount");
            usage = new TokenUsage(Json.integer(metadata, "promptTokenCount"),
                    Json.integer(metadata, "candidatesTokenCount") + thoughts,
                    Json.integer(metadata, "cachedContentTokenCount"), thoughts);
        }
    }

    /** The last usage reported, or null. */
    TokenUsage usage() {
        return usage;
    }

    private FinishReason finishReason(String reason) {
        return switch (reason) {
            case "MAX_TOKENS" -> FinishReason.LENGTH;
            case "SAFETY", "RECITATION", "BLOCKLIST", "PROHIBITED_CONTENT", "SPII", "IMAGE_SAFETY" ->
                    FinishReason.CONTENT_FILTER;
            default -> calls > 0 ? FinishReason.TOOL_CALLS : FinishReason.STOP;
        };
    }
}
