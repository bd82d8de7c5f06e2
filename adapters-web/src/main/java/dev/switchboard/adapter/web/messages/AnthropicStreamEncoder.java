package dev.switchboard.adapter.web.messages;

import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.chat.FinishReason;
import dev.switchboard.domain.usage.TokenUsage;
import io.micronaut.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Neutral events as the SSE an Anthropic client expects from a non-Anthropic channel: {@code message_start}, then
 * one content block at a time — {@code thinking}, {@code text} or {@code tool_use}, each opened with
 * {@code content_block_start}, filled with {@code content_block_delta}s and closed with {@code content_block_stop}
 * when the next kind begins — and at the end {@code message_delta} (the stop reason and the cumulative usage,
 * given back in Anthropic's meaning: input without cache reads) and {@code message_stop}. One per stream, not
 * thread-safe.
 */
final class AnthropicStreamEncoder {

    private enum Block { NONE, THINKING, TEXT, TOOL }

    private final JsonMapper json;
    private final String id;
    private final String model;
    private final Map<Integer, Integer> toolBlocks = new HashMap<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private boolean started;
    private Block open = Block.NONE;
    private int openTool = -1;
    private int nextIndex;
    private FinishReason finish;
    private TokenUsage usage = TokenUsage.NONE;

    AnthropicStreamEncoder(JsonMapper json, String id, String model) {
        this.json = json;
        this.id = id;
        this.model = model;
    }

    /** The SSE bytes for the events; empty when they say nothing a client sees yet (finish and usage wait for the end). */
    byte[] encode(List<ChatEvent> events) {
        for (ChatEvent event : events) {
            if (event instanceof ChatEvent.TextDelta text) {
                start();
                open(Block.TEXT, -1, Obj.of("type", "text", "text", ""));
                delta(Obj.of("type", "text_delta", "text", text.text()));
            } else if (event instanceof ChatEvent.ReasoningDelta thought) {
                start();
                open(Block.THINKING, -1, Obj.of("type", "thinking", "thinking", "", "signature", ""));
                delta(Obj.of("type", "thinking_delta", "thinking", thought.text()));
            } else if (event instanceof ChatEvent.ToolCallDelta call) {
                start();
                tool(call);
            } else if (event instanceof ChatEvent.Finish f) {
                finish = f.reason();
            } else if (event instanceof ChatEvent.Usage u) {
                usage = u.usage();
            } else if (event instanceof ChatEvent.Start) {
                start();
            }
        }
        return drain();
    }

    /** The end of a finished answer: the open block closed, {@code message_delta} and {@code message_stop}. */
    byte[] finish() {
        start();
        close();
        Map<String, Object> delta = new LinkedHashMap<>();
        delta.put("stop_reason", stopReason(finish, !toolBlocks.isEmpty()));
        delta.put("stop_sequence", null);
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", "message_delta");
        event.put("delta", delta);
        event.put("usage", AnthropicUsage.of(usage));
        write("message_delta", event);
        write("message_stop", Obj.of("type", "message_stop"));
        return drain();
    }

    static String stopReason(FinishReason reason, boolean calledTools) {
        if (reason == null) {
            return calledTools ? "tool_use" : "end_turn";
        }
        return switch (reason) {
            case LENGTH -> "max_tokens";
            case TOOL_CALLS -> "tool_use";
            case CONTENT_FILTER -> "refusal";
            // a model that called tools and said "stop" (Gemini does) still waits for their results
            case STOP -> calledTools ? "tool_use" : "end_turn";
        };
    }

    private void tool(ChatEvent.ToolCallDelta call) {
        Integer block = toolBlocks.get(call.index());
        if (block == null) {
            Map<String, Object> start = new LinkedHashMap<>();
            start.put("type", "tool_use");
            start.put("id", call.id() == null ? "toolu_" + id + "_" + call.index() : call.id());
            start.put("name", call.name() == null ? "" : call.name());
            start.put("input", Map.of());
            close();
            block = nextIndex;
            toolBlocks.put(call.index(), block);
            open(Block.TOOL, call.index(), start);
        } else if (open != Block.TOOL || openTool != call.index()) {
            // A piece of a call whose block is closed cannot be sent any more in Anthropic's format.
            return;
        }
        if (!call.arguments().isEmpty()) {
            delta(Obj.of("type", "input_json_delta", "partial_json", call.arguments()));
        }
    }

    private void start() {
        if (started) {
            return;
        }
        started = true;
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("id", id);
        message.put("type", "message");
        message.put("role", "assistant");
        message.put("model", model);
        message.put("content", List.of());
        message.put("stop_reason", null);
        message.put("stop_sequence", null);
        message.put("usage", AnthropicUsage.of(TokenUsage.NONE));
        write("message_start", Obj.of("type", "message_start", "message", message));
    }

    private void open(Block kind, int tool, Map<String, Object> block) {
        if (open == kind && (kind != Block.TOOL || openTool == tool)) {
            return;
        }
        close();
        open = kind;
        openTool = tool;
        write("content_block_start", Obj.of("type", "content_block_start", "index", nextIndex, "content_block", block));
    }

    private void close() {
        if (open == Block.NONE) {
            return;
        }
        write("content_block_stop", Obj.of("type", "content_block_stop", "index", nextIndex));
        nextIndex++;
        open = Block.NONE;
        openTool = -1;
    }

    private void delta(Map<String, Object> delta) {
        write("content_block_delta", Obj.of("type", "content_block_delta", "index", nextIndex, "delta", delta));
    }

    private void write(String event, Map<String, Object> data) {
        try {
            out.write(("event: " + event + "\ndata: ").getBytes(StandardCharsets.US_ASCII));
            out.write(json.writeValueAsBytes(data));
            out.write("\n\n".getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode an event", e);
        }
    }

    private byte[] drain() {
        byte[] bytes = out.toByteArray();
        out.reset();
        return bytes;
    }
}
