package dev.switchboard.adapter.web.messages;

import dev.switchboard.domain.chat.ChatMessage;
import dev.switchboard.domain.chat.ChatPrompt;
import dev.switchboard.domain.chat.ClientOriginal;
import dev.switchboard.domain.chat.ContentPart;
import dev.switchboard.domain.chat.Role;
import dev.switchboard.domain.chat.ToolCall;
import dev.switchboard.domain.chat.ToolSpec;
import dev.switchboard.domain.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An Anthropic Messages API body read into the neutral {@link ChatPrompt}, tolerant of what Claude Code sends:
 * {@code system} as a string or blocks, {@code role: "system"} turns inside {@code messages} (hoisted into the
 * system prompt), {@code tool_use}/{@code tool_result} blocks, base64 images (as data URLs), and fields the neutral
 * model has no place for ({@code metadata}, {@code cache_control}, {@code context_management}, ...) left aside. The
 * body rides along as the {@link ClientOriginal}, so an Anthropic channel still gets every field.
 */
final class AnthropicRequests {

    static final String FORMAT = "anthropic";

    private AnthropicRequests() {
    }

    /** @param writeJson writes a tool call's {@code input} as the JSON text the neutral model keeps */
    static ChatPrompt prompt(Map<String, Object> body, Map<String, String> forwardedHeaders,
                             Function<Object, String> writeJson) {
        if (!(body.get("model") instanceof String model) || model.isBlank()) {
            throw new InvalidInputException("model", "model is required");
        }
        if (!(body.get("messages") instanceof List<?> raw) || raw.isEmpty()) {
            throw new InvalidInputException("messages", "messages must be a non-empty array");
        }
        Object stream = body.getOrDefault("stream", false);
        if (!(stream instanceof Boolean)) {
            throw new InvalidInputException("stream", "stream must be true or false");
        }
        Object maxTokens = body.get("max_tokens");
        if (maxTokens != null && (!(maxTokens instanceof Number n) || n.longValue() < 1)) {
            throw new InvalidInputException("max_tokens", "max_tokens must be a positive integer");
        }
        StringBuilder system = new StringBuilder(text(body.get("system"), "system"));
        List<ChatMessage> turns = new ArrayList<>();
        for (Object item : raw) {
            if (!(item instanceof Map<?, ?> message) || !(message.get("role") instanceof String role)) {
                throw new InvalidInputException("messages", "every message needs a string role");
            }
            Object content = message.get("content");
            if (!(content instanceof String) && !(content instanceof List<?>)) {
                throw new InvalidInputException("messages", "message content must be a string or an array of blocks");
            }
            switch (role) {
                case "system" -> append(system, text(content, "messages"));
                case "user" -> userTurn(content, turns);
                case "assistant" -> turns.add(assistantTurn(content, writeJson));
                default -> throw new InvalidInputException("messages",
                        "a message role must be \"user\" or \"assistant\" (or \"system\")");
            }
        }
        if (turns.isEmpty()) {
            throw new InvalidInputException("messages", "messages must hold at least one user or assistant turn");
        }
        List<ChatMessage> messages = new ArrayList<>(turns.size() + 1);
        if (system.length() > 0) {
            messages.add(ChatMessage.text(Role.SYSTEM, system.toString()));
        }
        messages.addAll(turns);
        List<ToolSpec> tools = AnthropicTools.tools(body.get("tools"));
        return new ChatPrompt((String) body.get("model"), messages, tools, AnthropicTools.choice(body.get("tool_choice")),
                maxTokens == null ? null : ((Number) maxTokens).intValue(), number(body.get("temperature")),
                number(body.get("top_p")), stops(body.get("stop_sequences")), AnthropicTools.effort(body.get("thinking")),
                (Boolean) stream, new ClientOriginal(FORMAT, body, forwardedHeaders));
    }

    /** A string, or the text of its text blocks joined by blank lines ({@code cache_control} and the rest dropped). */
    private static String text(Object content, String field) {
        if (content == null) {
            return "";
        }
        if (content instanceof String text) {
            return text;
        }
        if (!(content instanceof List<?> blocks)) {
            throw new InvalidInputException(field, field + " must be a string or an array of text blocks");
        }
        StringBuilder all = new StringBuilder();
        for (Object block : blocks) {
            if (block instanceof Map<?, ?> b && b.get("text") instanceof String text) {
                append(all, text);
            }
        }
        return all.toString();
    }

    private static void append(StringBuilder all, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (all.length() > 0) {
            all.append("\n\n");
        }
        all.append(text);
    }

    /** Tool results come first, each as its own tool turn (as OpenAI wants them), then what the user said. */
    private static void userTurn(Object content, List<ChatMessage> turns) {
        if (content instanceof String text) {
            turns.add(ChatMessage.text(Role.USER, text));
            return;
        }
        List<ContentPart> parts = new ArrayList<>();
        for (Object item : (List<?>) content) {
            if (!(item instanceof Map<?, ?> block)) {
                continue;
            }
            String type = String.valueOf(block.get("type"));
            switch (type) {
                case "text" -> {
                    if (block.get("text") instanceof String text) {
                        // Neighbouring text blocks are separate paragraphs, not one run-on text.
                        if (!parts.isEmpty() && parts.get(parts.size() - 1) instanceof ContentPart.Text before) {
                            parts.set(parts.size() - 1, new ContentPart.Text(before.text() + "\n\n" + text));
                        } else {
                            parts.add(new ContentPart.Text(text));
                        }
                    }
                }
                case "image" -> {
                    ContentPart.Image image = image(block.get("source"));
                    if (image != null) {
                        parts.add(image);
                    }
                }
                case "tool_result" -> {
                    String id = block.get("tool_use_id") instanceof String s ? s : "";
                    String result = text(block.get("content") instanceof List<?> || block.get("content") instanceof String
                            ? block.get("content") : null, "messages");
                    if (Boolean.TRUE.equals(block.get("is_error")) && !result.startsWith("Error")) {
                        result = "Error: " + result;
                    }
                    turns.add(new ChatMessage(Role.TOOL, List.of(new ContentPart.Text(result)), List.of(), id, null));
                }
                default -> {
                    // documents, search results and blocks added later: nothing the neutral model can carry
                }
            }
        }
        if (!parts.isEmpty()) {
            turns.add(new ChatMessage(Role.USER, parts, List.of(), null, null));
        }
    }

    /** Text and tool calls; thinking blocks are the model's own and are not sent back to another provider. */
    private static ChatMessage assistantTurn(Object content, Function<Object, String> writeJson) {
        if (content instanceof String text) {
            return ChatMessage.text(Role.ASSISTANT, text);
        }
        StringBuilder text = new StringBuilder();
        List<ToolCall> calls = new ArrayList<>();
        for (Object item : (List<?>) content) {
            if (item instanceof Map<?, ?> block) {
                if ("text".equals(block.get("type")) && block.get("text") instanceof String t) {
                    text.append(t);
                } else if ("tool_use".equals(block.get("type")) && block.get("name") instanceof String name) {
                    Object input = block.get("input");
                    calls.add(new ToolCall(block.get("id") instanceof String id ? id : "toolu_" + calls.size(), name,
                            writeJson.apply(input == null ? Map.of() : input)));
                }
            }
        }
        return new ChatMessage(Role.ASSISTANT, List.of(new ContentPart.Text(text.toString())), calls, null, null);
    }

    private static ContentPart.Image image(Object source) {
        if (!(source instanceof Map<?, ?> s)) {
            return null;
        }
        if ("base64".equals(s.get("type")) && s.get("media_type") instanceof String media && s.get("data") instanceof String data) {
            return new ContentPart.Image("data:" + media + ";base64," + data, null);
        }
        if ("url".equals(s.get("type")) && s.get("url") instanceof String url) {
            return new ContentPart.Image(url, null);
        }
        return null;
    }

    private static List<String> stops(Object raw) {
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

    private static Double number(Object raw) {
        return raw instanceof Number n ? n.doubleValue() : null;
    }
}
