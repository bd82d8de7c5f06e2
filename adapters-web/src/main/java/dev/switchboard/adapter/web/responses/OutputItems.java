package dev.switchboard.adapter.web.responses;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Responses API's output items and content parts, as JSON objects in the API's field order. */
final class OutputItems {

    private OutputItems() {
    }

    /** A reasoning item; its text, when there is any yet, as its one summary part. */
    static Map<String, Object> reasoning(String id, String summary) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", id);
        item.put("type", "reasoning");
        item.put("summary", summary == null ? List.of() : List.of(summaryPart(summary)));
        return item;
    }

    static Map<String, Object> message(String id, String status, String text) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", id);
        item.put("type", "message");
        item.put("status", status);
        item.put("role", "assistant");
        item.put("content", text == null ? List.of() : List.of(textPart(text)));
        return item;
    }

    static Map<String, Object> functionCall(String id, String status, String arguments, String callId, String name) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", id);
        item.put("type", "function_call");
        item.put("status", status);
        item.put("arguments", arguments);
        item.put("call_id", callId);
        item.put("name", name);
        return item;
    }

    static Map<String, Object> textPart(String text) {
        Map<String, Object> part = new LinkedHashMap<>();
        part.put("type", "output_text");
        part.put("text", text);
        part.put("annotations", List.of());
        part.put("logprobs", List.of());
        return part;
    }

    static Map<String, Object> summaryPart(String text) {
        Map<String, Object> part = new LinkedHashMap<>();
        part.put("type", "summary_text");
        part.put("text", text);
        return part;
    }
}
