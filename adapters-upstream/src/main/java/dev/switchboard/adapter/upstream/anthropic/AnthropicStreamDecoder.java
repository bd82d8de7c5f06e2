package dev.switchboard.adapter.upstream.anthropic;

import dev.switchboard.adapter.upstream.provider.Json;
import dev.switchboard.adapter.upstream.sse.SseEvents;
import dev.switchboard.adapter.upstream.transport.StreamDecoder;
import dev.switchboard.application.port.out.chat.UpstreamEvent;
import dev.switchboard.application.port.out.chat.WireFrame;
import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.usage.TokenUsage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An Anthropic Messages stream to neutral events. {@code message_start} gives the id, model and input usage;
 * content blocks become text, reasoning ({@code thinking_delta}; {@code signature_delta} is dropped) and tool-call
 * pieces, numbered by our own counter (a thinking block before a tool block shifts Anthropic's index);
 * {@code message_delta} gives the stop reason and the cumulative output tokens — the last one counts; the usage
 * goes out once, at {@code message_stop}, which ends the stream (there is no [DONE]). {@code event: error} can
 * come after HTTP 200; {@code ping} and unknown events are ignored.
 */
final class AnthropicStreamDecoder implements StreamDecoder {

    private final SseEvents sse = new SseEvents(AnthropicProvider.MAX_EVENT);
    private final Map<Integer, Integer> toolIndexes = new HashMap<>();
    private int input;
    private int cacheRead;
    private int cacheWrite;
    private int output;
    private boolean sawUsage;
    private boolean done;

    /**
     * Every line also goes on as it came (a {@link WireFrame} for Anthropic clients: a byte pass-through), carrying
     * the events of the SSE event it completes; the blank line after {@code message_stop} closes the stream.
     */
    @Override
    public void line(byte[] line, List<UpstreamEvent> out) {
        if (done) {
            return;
        }
        SseEvents.Event event = sse.line(line);
        List<UpstreamEvent> decoded = new ArrayList<>(1);
        if (event != null) {
            decode(event, decoded);
        }
        List<ChatEvent> events = decoded.isEmpty() ? List.of() : new ArrayList<>(decoded.size());
        for (UpstreamEvent step : decoded) {
            events.addAll(step.events());
        }
        out.add(new UpstreamEvent(events, new WireFrame(AnthropicFormat.NAME, line, done), true));
    }

    @Override
    public void end(List<UpstreamEvent> out) {
        SseEvents.Event event = sse.end();
        if (event != null && !done) {
            decode(event, out);
        }
        if (!done && sawUsage) {
            out.add(UpstreamEvent.of(new ChatEvent.Usage(usage())));
        }
    }

    @Override
    public boolean done() {
        return done;
    }

    private void decode(SseEvents.Event event, List<UpstreamEvent> out) {
        Map<String, Object> data;
        try {
            data = Json.object(event.data());
        } catch (IOException | RuntimeException e) {
            return; // not JSON: nothing a client could use
        }
        String type = Json.text(data, "type");
        if (type == null) {
            type = event.name();
        }
        switch (type) {
            case "message_start" -> {
                Map<String, Object> message = Json.map(data, "message");
                readUsage(Json.map(message, "usage"));
                out.add(UpstreamEvent.of(new ChatEvent.Start(Json.text(message, "id"), Json.text(message, "model"))));
            }
            case "content_block_start" -> {
                Map<String, Object> block = Json.map(data, "content_block");
                if ("tool_use".equals(Json.text(block, "type"))) {
                    int ours = toolIndexes.size();
                    toolIndexes.put(Json.integer(data, "index"), ours);
                    out.add(UpstreamEvent.of(new ChatEvent.ToolCallDelta(ours, Json.text(block, "id"),
                            Json.text(block, "name"), "")));
                } else if ("text".equals(Json.text(block, "type")) && notEmpty(Json.text(block, "text"))) {
                    out.add(UpstreamEvent.of(new ChatEvent.TextDelta(Json.text(block, "text"))));
                }
            }
            case "content_block_delta" -> delta(data, out);
            case "message_delta" -> {
                readUsage(Json.map(data, "usage"));
                String stop = Json.text(Json.map(data, "delta"), "stop_reason");
                if (stop != null) {
                    out.add(UpstreamEvent.of(new ChatEvent.Finish(AnthropicFormat.finishReason(stop))));
                }
            }
            case "message_stop" -> {
                done = true;
                out.add(UpstreamEvent.of(new ChatEvent.Usage(usage())));
            }
            case "error" -> {
                done = true;
                Map<String, Object> error = Json.map(data, "error");
                String kind = Json.text(error, "type");
                out.add(UpstreamEvent.of(new ChatEvent.Error(kind, AnthropicFormat.statusOf(kind),
                        Json.text(error, "message"))));
            }
            default -> {
                // ping and events added later
            }
        }
    }

    private void delta(Map<String, Object> data, List<UpstreamEvent> out) {
        Map<String, Object> delta = Json.map(data, "delta");
        String kind = Json.text(delta, "type");
        if (kind == null) {
            return;
        }
        switch (kind) {
            case "text_delta" -> {
                if (notEmpty(Json.text(delta, "text"))) {
                    out.add(UpstreamEvent.of(new ChatEvent.TextDelta(Json.text(delta, "text"))));
                }
            }
            case "thinking_delta" -> {
                if (notEmpty(Json.text(delta, "thinking"))) {
                    out.add(UpstreamEvent.of(new ChatEvent.ReasoningDelta(Json.text(delta, "thinking"))));
                }
            }
            case "input_json_delta" -> {
                Integer ours = toolIndexes.get(Json.integer(data, "index"));
                String partial = Json.text(delta, "partial_json");
                if (ours != null && notEmpty(partial)) {
                    out.add(UpstreamEvent.of(new ChatEvent.ToolCallDelta(ours, null, null, partial)));
                }
            }
            default -> {
                // signature_delta and anything newer: nothing for the client
            }
        }
    }

    /** Input parts arrive with message_start; output_tokens is cumulative, so the last report replaces. */
    private void readUsage(Map<String, Object> usage) {
        if (usage == null) {
            return;
        }
        sawUsage = true;
        if (Json.has(usage, "input_tokens")) {
            input = Json.integer(usage, "input_tokens");
        }
        if (Json.has(usage, "cache_read_input_tokens")) {
            cacheRead = Json.integer(usage, "cache_read_input_tokens");
        }
        if (Json.has(usage, "cache_creation_input_tokens")) {
            cacheWrite = Json.integer(usage, "cache_creation_input_tokens");
        }
        if (Json.has(usage, "output_tokens")) {
            output = Json.integer(usage, "output_tokens");
        }
    }

    /** OpenAI's meaning: prompt includes cache reads and writes. */
    TokenUsage usage() {
        return new TokenUsage(input + cacheRead + cacheWrite, output, cacheRead, 0);
    }

    private static boolean notEmpty(String text) {
        return text != null && !text.isEmpty();
    }
}
