package dev.switchboard.adapter.upstream.provider;

import dev.switchboard.domain.chat.ChatMessage;
import dev.switchboard.domain.chat.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Helpers the translating request mappers share. */
public final class Prompts {

    private Prompts() {
    }

    /** The system messages' text, joined by blank lines; empty when there are none. */
    public static String systemText(List<ChatMessage> messages) {
        StringBuilder system = new StringBuilder();
        for (ChatMessage message : messages) {
            if (message.role() == Role.SYSTEM && !message.text().isBlank()) {
                if (system.length() > 0) {
                    system.append("\n\n");
                }
                system.append(message.text());
            }
        }
        return system.toString();
    }

    /** A tool call's JSON arguments as an object (providers want objects); anything else is wrapped. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> arguments(String json) {
        Object parsed = Json.value(json);
        if (parsed instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        Map<String, Object> wrapped = new LinkedHashMap<>();
        if (parsed != null || !json.isBlank()) {
            wrapped.put("value", parsed != null ? parsed : json);
        }
        return wrapped;
    }

    /** Appends a turn, merging it into the previous one when the role is the same (providers want alternation). */
    @SuppressWarnings("unchecked")
    public static void appendTurn(List<Map<String, Object>> turns, String role, String partsKey, List<Object> parts,
                                  boolean partsFirst) {
        if (parts.isEmpty()) {
            return;
        }
        Map<String, Object> last = turns.isEmpty() ? null : turns.get(turns.size() - 1);
        if (last != null && role.equals(last.get("role"))) {
            List<Object> merged = new ArrayList<>();
            if (partsFirst) {
                merged.addAll(parts);
                merged.addAll((List<Object>) last.get(partsKey));
            } else {
                merged.addAll((List<Object>) last.get(partsKey));
                merged.addAll(parts);
            }
            last.put(partsKey, merged);
            return;
        }
        Map<String, Object> turn = new LinkedHashMap<>();
        turn.put("role", role);
        turn.put(partsKey, new ArrayList<>(parts));
        turns.add(turn);
    }
}
