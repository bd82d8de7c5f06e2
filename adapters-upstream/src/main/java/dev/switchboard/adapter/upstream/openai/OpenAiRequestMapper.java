package dev.switchboard.adapter.upstream.openai;

import dev.switchboard.adapter.upstream.provider.Json;
import dev.switchboard.adapter.upstream.transport.UpstreamRequest;
import dev.switchboard.application.port.out.chat.UpstreamCall;
import dev.switchboard.domain.chat.ChatMessage;
import dev.switchboard.domain.chat.ChatPrompt;
import dev.switchboard.domain.chat.ContentPart;
import dev.switchboard.domain.chat.ToolCall;
import dev.switchboard.domain.chat.ToolChoice;
import dev.switchboard.domain.chat.ToolSpec;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code POST {base}/chat/completions} with {@code Authorization: Bearer}. A request that came from an OpenAI
 * client is sent as it came — only the model swapped and, for streams, usage asked for — so fields Switchboard
 * does not know still reach the upstream; any other prompt is written from the neutral model.
 */
final class OpenAiRequestMapper {

    private OpenAiRequestMapper() {
    }

    static UpstreamRequest request(UpstreamCall call) {
        ChatPrompt prompt = call.prompt();
        Map<String, Object> body = prompt.original() != null && prompt.original().is(OpenAiFormat.NAME)
                && prompt.original().request() instanceof Map<?, ?> original
                ? fromOriginal(original, call.model(), prompt.stream()) : fromPrompt(prompt, call.model());
        return new UpstreamRequest(URI.create(call.baseUrl().value() + "/chat/completions"),
                Map.of("Authorization", "Bearer " + call.apiKey()), Json.write(body), prompt.stream());
    }

    private static Map<String, Object> fromOriginal(Map<?, ?> original, String model, boolean stream) {
        Map<String, Object> copy = new LinkedHashMap<>();
        original.forEach((k, v) -> copy.put(String.valueOf(k), v));
        copy.put("model", model);
        if (stream) {
            Map<String, Object> options = new LinkedHashMap<>();
            if (original.get("stream_options") instanceof Map<?, ?> given) {
                given.forEach((k, v) -> options.put(String.valueOf(k), v));
            }
            options.put("include_usage", true);
            copy.put("stream_options", options);
        }
        return copy;
    }

    static Map<String, Object> fromPrompt(ChatPrompt prompt, String model) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("model", model);
        List<Object> messages = new ArrayList<>();
        for (ChatMessage message : prompt.messages()) {
            messages.add(message(message));
        }
        body.put("messages", messages);
        if (!prompt.tools().isEmpty()) {
            List<Object> tools = new ArrayList<>();
            for (ToolSpec tool : prompt.tools()) {
                Map<String, Object> function = new LinkedHashMap<>();
                function.put("name", tool.name());
                if (tool.description() != null) {
                    function.put("description", tool.description());
                }
                function.put("parameters", tool.parameters());
                tools.add(Map.of("type", "function", "function", function));
            }
            body.put("tools", tools);
        }
        if (prompt.toolChoice() != null) {
            ToolChoice choice = prompt.toolChoice();
            body.put("tool_choice", choice.mode() == ToolChoice.Mode.FUNCTION
                    ? Map.of("type", "function", "function", Map.of("name", choice.function()))
                    : choice.mode().name().toLowerCase(Locale.ROOT));
        }
        putIfSet(body, "max_tokens", prompt.maxTokens());
        putIfSet(body, "temperature", prompt.temperature());
        putIfSet(body, "top_p", prompt.topP());
        if (!prompt.stop().isEmpty()) {
            body.put("stop", prompt.stop());
        }
        putIfSet(body, "reasoning_effort", prompt.reasoningEffort());
        body.put("stream", prompt.stream());
        if (prompt.stream()) {
            body.put("stream_options", Map.of("include_usage", true));
        }
        return body;
    }

    private static Map<String, Object> message(ChatMessage message) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("role", message.role().name().toLowerCase(Locale.ROOT));
        if (message.hasImages()) {
            List<Object> parts = new ArrayList<>();
            for (ContentPart part : message.content()) {
                if (part instanceof ContentPart.Text text) {
                    parts.add(Map.of("type", "text", "text", text.text()));
                } else if (part instanceof ContentPart.Image image) {
                    Map<String, Object> url = new LinkedHashMap<>();
                    url.put("url", image.url());
                    if (image.detail() != null) {
                        url.put("detail", image.detail());
                    }
                    parts.add(Map.of("type", "image_url", "image_url", url));
                }
            }
            out.put("content", parts);
        } else {
            out.put("content", message.toolCalls().isEmpty() || !message.text().isEmpty() ? message.text() : null);
        }
        if (!message.toolCalls().isEmpty()) {
            List<Object> calls = new ArrayList<>();
            for (ToolCall call : message.toolCalls()) {
                calls.add(Map.of("id", call.id(), "type", "function",
                        "function", Map.of("name", call.name(), "arguments", call.arguments())));
            }
            out.put("tool_calls", calls);
        }
        putIfSet(out, "tool_call_id", message.toolCallId());
        putIfSet(out, "name", message.name());
        return out;
    }

    private static void putIfSet(Map<String, Object> body, String key, Object value) {
        if (value != null) {
            body.put(key, value);
        }
    }
}
