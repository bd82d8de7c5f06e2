package dev.switchboard.adapter.web.responses;

import dev.switchboard.domain.chat.ChatEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The output items of an answer as neutral deltas build them: a {@code reasoning} item (its text as the summary),
 * a {@code message} with one {@code output_text} part, and a {@code function_call} per tool call. Each item is
 * announced when its first delta comes and finished when another kind of item begins or the answer ends, with the
 * Responses API's events for each step. Tool calls stay open together, so pieces of parallel calls may interleave.
 * One per answer, not thread-safe.
 */
final class ResponseOutput {

    /** Where the item events go: the event's type and its fields (without type and sequence number). */
    interface Emitter {
        void emit(String type, Map<String, Object> fields);
    }

    private final Emitter emitter;
    private final Map<Integer, Object> done = new TreeMap<>();
    private final Map<Integer, Item> open = new TreeMap<>();
    private final Map<Integer, Item> calls = new LinkedHashMap<>();
    private Item reasoning;
    private Item message;
    private int next;

    ResponseOutput(Emitter emitter) {
        this.emitter = emitter;
    }

    void accept(ChatEvent event) {
        if (event instanceof ChatEvent.ReasoningDelta thought && !thought.text().isEmpty()) {
            if (reasoning == null) {
                closeAll();
                reasoning = openReasoning();
            }
            reasoning.text.append(thought.text());
            emitter.emit("response.reasoning_summary_text.delta", fields(reasoning, "summary_index", 0,
                    "delta", thought.text()));
        } else if (event instanceof ChatEvent.TextDelta text && !text.text().isEmpty()) {
            if (message == null) {
                closeAll();
                message = openMessage();
            }
            message.text.append(text.text());
            emitter.emit("response.output_text.delta", fields(message, "content_index", 0, "delta", text.text(),
                    "logprobs", List.of()));
        } else if (event instanceof ChatEvent.ToolCallDelta piece) {
            Item call = calls.get(piece.index());
            if (call == null) {
                closeIfOpen(reasoning);
                closeIfOpen(message);
                call = openCall(piece);
                calls.put(piece.index(), call);
            }
            if (call.closed || piece.arguments().isEmpty()) {
                return; // a late piece of a call already finished cannot be announced any more
            }
            call.text.append(piece.arguments());
            emitter.emit("response.function_call_arguments.delta", fields(call, "delta", piece.arguments()));
        }
    }

    /** Finishes every open item; the output, in order. */
    List<Object> finish() {
        closeAll();
        return new ArrayList<>(done.values());
    }

    private Item openReasoning() {
        Item item = open(ResponseIds.reasoning(), "reasoning", null, null);
        announce(item, OutputItems.reasoning(item.id, null));
        emitter.emit("response.reasoning_summary_part.added", fields(item, "summary_index", 0,
                "part", OutputItems.summaryPart("")));
        return item;
    }

    private Item openMessage() {
        Item item = open(ResponseIds.message(), "message", null, null);
        announce(item, OutputItems.message(item.id, "in_progress", null));
        emitter.emit("response.content_part.added", fields(item, "content_index", 0, "part", OutputItems.textPart("")));
        return item;
    }

    private Item openCall(ChatEvent.ToolCallDelta piece) {
        String callId = piece.id() != null && !piece.id().isBlank() ? piece.id() : ResponseIds.call();
        Item item = open(ResponseIds.functionCall(), "function_call", callId, piece.name() == null ? "" : piece.name());
        announce(item, OutputItems.functionCall(item.id, "in_progress", "", item.callId, item.name));
        return item;
    }

    private Item open(String id, String kind, String callId, String name) {
        Item item = new Item(id, kind, next++, callId, name);
        open.put(item.index, item);
        return item;
    }

    private void announce(Item item, Map<String, Object> body) {
        emitter.emit("response.output_item.added", itemFields(item, body));
    }

    private void closeAll() {
        for (Item item : new ArrayList<>(open.values())) {
            close(item);
        }
    }

    private void closeIfOpen(Item item) {
        if (item != null && !item.closed) {
            close(item);
        }
    }

    private void close(Item item) {
        item.closed = true;
        open.remove(item.index);
        String text = item.text.toString();
        Map<String, Object> body;
        switch (item.kind) {
            case "reasoning" -> {
                reasoning = null;
                emitter.emit("response.reasoning_summary_text.done", fields(item, "summary_index", 0, "text", text));
                emitter.emit("response.reasoning_summary_part.done", fields(item, "summary_index", 0,
                        "part", OutputItems.summaryPart(text)));
                body = OutputItems.reasoning(item.id, text);
            }
            case "message" -> {
                message = null;
                emitter.emit("response.output_text.done", fields(item, "content_index", 0, "text", text,
                        "logprobs", List.of()));
                emitter.emit("response.content_part.done", fields(item, "content_index", 0, "part",
                        OutputItems.textPart(text)));
                body = OutputItems.message(item.id, "completed", text);
            }
            default -> {
                // a call without arguments still has to parse as JSON on the client's side
                String arguments = text.isBlank() ? "{}" : text;
                emitter.emit("response.function_call_arguments.done", fields(item, "name", item.name,
                        "arguments", arguments));
                body = OutputItems.functionCall(item.id, "completed", arguments, item.callId, item.name);
            }
        }
        emitter.emit("response.output_item.done", itemFields(item, body));
        // items are numbered in the order they opened; they may finish in another order (parallel calls)
        done.put(item.index, body);
    }

    private static Map<String, Object> itemFields(Item item, Map<String, Object> body) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("output_index", item.index);
        fields.put("item", body);
        return fields;
    }

    private static Map<String, Object> fields(Item item, Object... pairs) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("item_id", item.id);
        fields.put("output_index", item.index);
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put((String) pairs[i], pairs[i + 1]);
        }
        return fields;
    }

    /** An output item being written. */
    private static final class Item {
        final String id;
        final String kind;
        final int index;
        final String callId;
        final String name;
        final StringBuilder text = new StringBuilder();
        boolean closed;

        Item(String id, String kind, int index, String callId, String name) {
            this.id = id;
            this.kind = kind;
            this.index = index;
            this.callId = callId;
            this.name = name;
        }
    }
}
