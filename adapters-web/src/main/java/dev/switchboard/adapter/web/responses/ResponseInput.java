package dev.switchboard.adapter.web.responses;

import dev.switchboard.domain.chat.ChatMessage;
import dev.switchboard.domain.chat.ContentPart;
import dev.switchboard.domain.chat.Role;
import dev.switchboard.domain.chat.ToolCall;
import dev.switchboard.domain.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Responses API's {@code input} (a string, or a list of items) read into neutral turns. Items: {@code message}
 * (roles user, assistant, system, developer; text and image parts), {@code function_call} (joined to the
 * assistant turn before it, as a chat completion would have carried it) and {@code function_call_output}.
 * {@code reasoning} items and items that only make sense with state or hosted tools are skipped: the turns they
 * belong to still read correctly without them.
 */
final class ResponseInput {

    private ResponseInput() {
    }

    static List<ChatMessage> messages(Object input) {
        if (input instanceof String text) {
            if (text.isBlank()) {
                throw new InvalidInputException("input", "input must not be empty");
            }
            return List.of(ChatMessage.text(Role.USER, text));
        }
        if (!(input instanceof List<?> items) || items.isEmpty()) {
            throw new InvalidInputException("input", "input must be a non-empty string or a non-empty array of items");
        }
        List<ChatMessage> messages = new ArrayList<>();
        for (Object raw : items) {
            if (!(raw instanceof Map<?, ?> item)) {
                throw new InvalidInputException("input", "every input item must be an object");
            }
            Object type = item.get("type");
            if (type == null && item.containsKey("role")) {
                type = "message";
            }
            if ("message".equals(type)) {
                messages.add(message(item));
            } else if ("function_call".equals(type)) {
                addCall(messages, item);
            } else if ("function_call_output".equals(type)) {
                messages.add(new ChatMessage(Role.TOOL, List.of(new ContentPart.Text(outputText(item.get("output")))),
                        List.of(), callId(item), null));
            }
            // reasoning, item_reference, hosted tools' calls: nothing the upstream can be sent
        }
        if (messages.isEmpty()) {
            throw new InvalidInputException("input", "input holds no message, function call or function call output");
        }
        return messages;
    }

    private static ChatMessage message(Map<?, ?> item) {
        if (!(item.get("role") instanceof String role)) {
            throw new InvalidInputException("input", "every input message needs a string role");
        }
        return new ChatMessage(role(role), parts(item.get("content")), List.of(), null, null);
    }

    private static Role role(String role) {
        return switch (role.toLowerCase(Locale.ROOT)) {
            case "user" -> Role.USER;
            case "assistant" -> Role.ASSISTANT;
            case "system", "developer" -> Role.SYSTEM;
            default -> throw new InvalidInputException("input",
                    "an input message's role must be user, assistant, system or developer");
        };
    }

    private static List<ContentPart> parts(Object content) {
        if (content instanceof String text) {
            return List.of(new ContentPart.Text(text));
        }
        if (!(content instanceof List<?> list)) {
            throw new InvalidInputException("input", "an input message's content must be a string or an array of parts");
        }
        List<ContentPart> parts = new ArrayList<>();
        for (Object raw : list) {
            if (!(raw instanceof Map<?, ?> part)) {
                throw new InvalidInputException("input", "every content part must be an object");
            }
            Object type = part.get("type");
            if ("input_image".equals(type)) {
                parts.add(image(part));
            } else if ("input_file".equals(type)) {
                throw new InvalidInputException("input", "input_file parts are not supported; send the file's text "
                        + "as input_text");
            } else if (part.get("text") instanceof String text) {
                parts.add(new ContentPart.Text(text)); // input_text, output_text, summary_text
            } else if (part.get("refusal") instanceof String refusal) {
                parts.add(new ContentPart.Text(refusal));
            }
        }
        return parts;
    }

    private static ContentPart image(Map<?, ?> part) {
        String detail = part.get("detail") instanceof String d ? d : null;
        if (part.get("image_url") instanceof String url && !url.isBlank()) {
            return new ContentPart.Image(url, detail);
        }
        if (part.get("image_url") instanceof Map<?, ?> nested && nested.get("url") instanceof String url) {
            return new ContentPart.Image(url, detail);
        }
        throw new InvalidInputException("input", "input_image needs an image_url (an https or data: URL); "
                + "Switchboard keeps no files, so file_id cannot be used");
    }

    private static void addCall(List<ChatMessage> messages, Map<?, ?> item) {
        if (!(item.get("name") instanceof String name) || name.isBlank()) {
            throw new InvalidInputException("input", "a function_call item needs a name");
        }
        ToolCall call = new ToolCall(callId(item), name, item.get("arguments") instanceof String a ? a : "{}");
        int last = messages.size() - 1;
        if (last >= 0 && messages.get(last).role() == Role.ASSISTANT) {
            ChatMessage turn = messages.get(last);
            List<ToolCall> calls = new ArrayList<>(turn.toolCalls());
            calls.add(call);
            messages.set(last, new ChatMessage(Role.ASSISTANT, turn.content(), calls, null, turn.name()));
        } else {
            messages.add(new ChatMessage(Role.ASSISTANT, List.of(), List.of(call), null, null));
        }
    }

    private static String callId(Map<?, ?> item) {
        if (item.get("call_id") instanceof String id && !id.isBlank()) {
            return id;
        }
        throw new InvalidInputException("input", "function_call and function_call_output items need a call_id");
    }

    /** A tool's output: a string, or parts of which the text is kept. */
    private static String outputText(Object output) {
        if (output instanceof String text) {
            return text;
        }
        StringBuilder text = new StringBuilder();
        if (output instanceof List<?> parts) {
            for (Object part : parts) {
                if (part instanceof Map<?, ?> p && p.get("text") instanceof String t) {
                    text.append(t);
                }
            }
        }
        return text.toString();
    }
}
