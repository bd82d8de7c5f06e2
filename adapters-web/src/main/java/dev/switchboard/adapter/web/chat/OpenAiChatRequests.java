package dev.switchboard.adapter.web.chat;

import dev.switchboard.domain.chat.ChatMessage;
import dev.switchboard.domain.chat.ChatPrompt;
import dev.switchboard.domain.chat.ClientOriginal;
import dev.switchboard.domain.chat.ContentPart;
import dev.switchboard.domain.chat.Role;
import dev.switchboard.domain.chat.ToolCall;
import dev.switchboard.domain.chat.ToolChoice;
import dev.switchboard.domain.chat.ToolSpec;
import dev.switchboard.domain.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An OpenAI chat-completions body, checked and read into the neutral {@link ChatPrompt}; the body itself rides
 * along as the {@link ClientOriginal}, so an OpenAI channel gets every field, known or not.
 */
final class OpenAiChatRequests {

    static final String FORMAT = "openai";

    private OpenAiChatRequests() {
    }

    static ChatPrompt prompt(Map<String, Object> body) {
        if (!(body.get("model") instanceof String model) || model.isBlank()) {
            throw new InvalidInputException("model", "model is required");
        }
        if (!(body.get("messages") instanceof List<?> raw) || raw.isEmpty()) {
            throw new InvalidInputException("messages", "messages must be a non-empty array");
        }
        List<ChatMessage> messages = new ArrayList<>();
        for (Object message : raw) {
            if (!(message instanceof Map<?, ?> m) || !(m.get("role") instanceof String role)) {
                throw new InvalidInputException("messages", "every message needs a string role");
            }
            Object content = m.get("content");
            if (content != null && !(content instanceof String) && !(content instanceof List<?>)) {
                throw new InvalidInputException("messages", "message content must be a string or an array");
            }
            messages.add(new ChatMessage(role(role), parts(content), toolCalls(m.get("tool_calls")),
                    m.get("tool_call_id") instanceof String id ? id : null, m.get("name") instanceof String n ? n : null));
        }
        Object stream = body.getOrDefault("stream", false);
        if (!(stream instanceof Boolean)) {
            throw new InvalidInputException("stream", "stream must be true or false");
        }
        Integer maxTokens = integer(body.containsKey("max_completion_tokens") ? body.get("max_completion_tokens")
                : body.get("max_tokens"));
        return new ChatPrompt(model, messages, tools(body.get("tools")), toolChoice(body.get("tool_choice")),
                maxTokens != null && maxTokens > 0 ? maxTokens : null, number(body.get("temperature")),
                number(body.get("top_p")), stop(body.get("stop")),
                body.get("reasoning_effort") instanceof String effort ? effort : null, (Boolean) stream,
                new ClientOriginal(FORMAT, body));
    }

    static boolean wantsUsage(Map<String, Object> body) {
        return body.get("stream_options") instanceof Map<?, ?> options
                && Boolean.TRUE.equals(options.get("include_usage"));
    }

    private static Role role(String role) {
        return switch (role.toLowerCase(Locale.ROOT)) {
            case "system", "developer" -> Role.SYSTEM;
            case "assistant" -> Role.ASSISTANT;
            case "tool", "function" -> Role.TOOL;
            default -> Role.USER;
        };
    }

    private static List<ContentPart> parts(Object content) {
        if (content instanceof String text) {
            return List.of(new ContentPart.Text(text));
        }
        List<ContentPart> parts = new ArrayList<>();
        if (content instanceof List<?> list) {
            for (Object part : list) {
                if (!(part instanceof Map<?, ?> p)) {
                    continue;
                }
                if (p.get("text") instanceof String text) {
                    parts.add(new ContentPart.Text(text));
                } else if (p.get("image_url") instanceof Map<?, ?> image && image.get("url") instanceof String url) {
                    parts.add(new ContentPart.Image(url, image.get("detail") instanceof String d ? d : null));
                } else if (p.get("image_url") instanceof String url) {
                    parts.add(new ContentPart.Image(url, null));
                }
            }
        }
        return parts;
    }

    private static List<ToolCall> toolCalls(Object raw) {
        List<ToolCall> calls = new ArrayList<>();
        if (raw instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> call && call.get("function") instanceof Map<?, ?> function
                        && function.get("name") instanceof String name) {
                    calls.add(new ToolCall(call.get("id") instanceof String id ? id : "call_" + calls.size(), name,
                            function.get("arguments") instanceof String args ? args : "{}"));
                }
            }
        }
        return calls;
    }

    @SuppressWarnings("unchecked")
    private static List<ToolSpec> tools(Object raw) {
        List<ToolSpec> tools = new ArrayList<>();
        if (raw instanceof List<?> list) {
            for (Object item : list) {
                // Tools of other types (web_search, ...) cannot be translated: dropped, not refused.
                if (item instanceof Map<?, ?> tool && tool.get("function") instanceof Map<?, ?> function
                        && function.get("name") instanceof String name) {
                    tools.add(new ToolSpec(name, function.get("description") instanceof String d ? d : null,
                            function.get("parameters") instanceof Map<?, ?> p ? (Map<String, Object>) p : null));
                }
            }
        }
        return tools;
    }

    private static ToolChoice toolChoice(Object raw) {
        if (raw instanceof String mode) {
            return switch (mode) {
                case "none" -> ToolChoice.NONE;
                case "required" -> ToolChoice.REQUIRED;
                default -> ToolChoice.AUTO;
            };
        }
        if (raw instanceof Map<?, ?> choice && choice.get("function") instanceof Map<?, ?> function
                && function.get("name") instanceof String name) {
            return ToolChoice.function(name);
        }
        return null;
    }

    private static List<String> stop(Object raw) {
        if (raw instanceof String one) {
            return List.of(one);
        }
        List<String> stops = new ArrayList<>();
        if (raw instanceof List<?> list) {
            list.forEach(s -> {
                if (s instanceof String text) {
                    stops.add(text);
                }
            });
        }
        return stops;
    }

    private static Integer integer(Object raw) {
        return raw instanceof Number n ? n.intValue() : null;
    }

    private static Double number(Object raw) {
        return raw instanceof Number n ? n.doubleValue() : null;
    }
}
