package dev.switchboard.application.service.chat;

import dev.switchboard.domain.shared.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The parts of an OpenAI chat body the relay needs, checked; everything else passes through untouched. */
record ChatRequest(String model, List<Map<String, Object>> messages, boolean stream, boolean clientWantsUsage,
                   Map<String, Object> body) {

    static ChatRequest from(Map<String, Object> body) {
        if (!(body.get("model") instanceof String model) || model.isBlank()) {
            throw new InvalidInputException("model", "model is required");
        }
        if (!(body.get("messages") instanceof List<?> raw) || raw.isEmpty()) {
            throw new InvalidInputException("messages", "messages must be a non-empty array");
        }
        for (Object message : raw) {
            if (!(message instanceof Map<?, ?> m) || !(m.get("role") instanceof String)) {
                throw new InvalidInputException("messages", "every message needs a string role");
            }
            Object content = m.get("content");
            if (content != null && !(content instanceof String) && !(content instanceof List<?>)) {
                throw new InvalidInputException("messages", "message content must be a string or an array");
            }
        }
        Object stream = body.getOrDefault("stream", false);
        if (!(stream instanceof Boolean)) {
            throw new InvalidInputException("stream", "stream must be true or false");
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> messages = (List<Map<String, Object>>) raw;
        return new ChatRequest(model.strip(), messages, (Boolean) stream, asksForUsage(body), body);
    }

    /** The body for one channel: its model id, and for streams a request for the usage chunk. */
    Map<String, Object> forUpstream(String channelModel) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put("model", channelModel);
        if (stream) {
            Map<String, Object> options = body.get("stream_options") instanceof Map<?, ?> given
                    ? new LinkedHashMap<>(castMap(given)) : new LinkedHashMap<>();
            options.put("include_usage", true);
            copy.put("stream_options", options);
        }
        return copy;
    }

    private static boolean asksForUsage(Map<String, Object> body) {
        return body.get("stream_options") instanceof Map<?, ?> options
                && Boolean.TRUE.equals(options.get("include_usage"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }
}
