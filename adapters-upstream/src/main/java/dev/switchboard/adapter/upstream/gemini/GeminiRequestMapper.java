package dev.switchboard.adapter.upstream.gemini;

import dev.switchboard.adapter.upstream.provider.Json;
import dev.switchboard.adapter.upstream.provider.Prompts;
import dev.switchboard.adapter.upstream.transport.UpstreamRequest;
import dev.switchboard.application.port.out.chat.UpstreamCall;
import dev.switchboard.domain.channel.ReasoningSetting;
import dev.switchboard.domain.chat.ChatMessage;
import dev.switchboard.domain.chat.ChatPrompt;
import dev.switchboard.domain.chat.ContentPart;
import dev.switchboard.domain.chat.ToolCall;
import dev.switchboard.domain.chat.ToolChoice;
import dev.switchboard.domain.chat.ToolSpec;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST {base}/models/{model}:streamGenerateContent?alt=sse} (without {@code alt=sse} the stream is one JSON
 * array) or {@code :generateContent}, the key in {@code x-goog-api-key} — never {@code ?key=}, which ends up in
 * proxy and access logs. Roles {@code user}/{@code model}, system text in {@code systemInstruction}, tool results
 * as {@code functionResponse} parts named after the call they answer.
 */
final class GeminiRequestMapper {

    private GeminiRequestMapper() {
    }

    static UpstreamRequest request(UpstreamCall call) {
        ChatPrompt prompt = call.prompt();
        String model = call.model().startsWith("models/") ? call.model().substring(7) : call.model();
        String method = prompt.stream() ? ":streamGenerateContent?alt=sse" : ":generateContent";
        URI url = URI.create(call.baseUrl().value() + "/models/"
                + URLEncoder.encode(model, StandardCharsets.UTF_8) + method);
        return new UpstreamRequest(url, Map.of("x-goog-api-key", call.apiKey()), Json.write(body(prompt, call)),
                prompt.stream());
    }

    private static Map<String, Object> body(ChatPrompt prompt, UpstreamCall call) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("contents", contents(prompt.messages()));
        String system = Prompts.systemText(prompt.messages());
        if (!system.isEmpty()) {
            body.put("systemInstruction", Map.of("parts", List.of(Map.of("text", system))));
        }
        if (!prompt.tools().isEmpty()) {
            List<Object> declarations = new ArrayList<>();
            for (ToolSpec tool : prompt.tools()) {
                Map<String, Object> declaration = new LinkedHashMap<>();
                declaration.put("name", tool.name());
                if (tool.description() != null) {
                    declaration.put("description", tool.description());
                }
                declaration.put("parameters", GeminiSchemas.clean(tool.parameters()));
                declarations.add(declaration);
            }
            body.put("tools", List.of(Map.of("functionDeclarations", declarations)));
            if (prompt.toolChoice() != null) {
                ToolChoice choice = prompt.toolChoice();
                Map<String, Object> config = new LinkedHashMap<>();
                config.put("mode", switch (choice.mode()) {
                    case NONE -> "NONE";
                    case REQUIRED, FUNCTION -> "ANY";
                    default -> "AUTO";
                });
                if (choice.mode() == ToolChoice.Mode.FUNCTION) {
                    config.put("allowedFunctionNames", List.of(choice.function()));
                }
                body.put("toolConfig", Map.of("functionCallingConfig", config));
            }
        }
        Map<String, Object> generation = new LinkedHashMap<>();
        putIfSet(generation, "maxOutputTokens", prompt.maxTokens());
        putIfSet(generation, "temperature", prompt.temperature());
        putIfSet(generation, "topP", prompt.topP());
        if (!prompt.stop().isEmpty()) {
            generation.put("stopSequences", prompt.stop());
        }
        Map<String, Object> thinking = thinking(call.reasoning(), prompt.reasoningEffort(), call.model());
        if (thinking != null) {
            generation.put("thinkingConfig", thinking);
        }
        if (!generation.isEmpty()) {
            body.put("generationConfig", generation);
        }
        return body;
    }

    /**
     * A budget shows the thoughts with that budget; {@code auto} asks to see the thoughts of the models that think
     * by themselves (2.5 and later — older ones refuse a thinking config) or when the client asked for an effort.
     */
    static Map<String, Object> thinking(ReasoningSetting setting, String effort, String model) {
        if (setting.mode() == ReasoningSetting.Mode.BUDGET) {
            return Map.of("includeThoughts", true, "thinkingBudget", setting.budgetTokens());
        }
        if (setting.mode() == ReasoningSetting.Mode.OFF) {
            return null;
        }
        boolean thinks = model.contains("gemini-2.5") || model.contains("gemini-3") || model.contains("thinking");
        if (effort != null) {
            int budget = switch (effort) {
                case "minimal", "low" -> 1024;
                case "high" -> 16_384;
                default -> 4096;
            };
            return Map.of("includeThoughts", true, "thinkingBudget", budget);
        }
        return thinks ? Map.of("includeThoughts", true) : null;
    }

    private static List<Map<String, Object>> contents(List<ChatMessage> messages) {
        List<Map<String, Object>> turns = new ArrayList<>();
        Map<String, String> callNames = new HashMap<>();
        for (ChatMessage message : messages) {
            switch (message.role()) {
                case SYSTEM -> {
                    // in systemInstruction
                }
                case TOOL -> {
                    String name = callNames.getOrDefault(message.toolCallId(),
                            message.name() == null ? "tool" : message.name());
                    Object parsed = Json.value(message.text());
                    Object response = parsed instanceof Map<?, ?> ? parsed : Map.of("result", message.text());
                    Prompts.appendTurn(turns, "user", "parts",
                            List.of(Map.of("functionResponse", Map.of("name", name, "response", response))), false);
                }
                case ASSISTANT -> {
                    List<Object> parts = new ArrayList<>();
                    if (!message.text().isEmpty()) {
                        parts.add(Map.of("text", message.text()));
                    }
                    for (ToolCall call : message.toolCalls()) {
                        callNames.put(call.id(), call.name());
                        parts.add(Map.of("functionCall", Map.of("name", call.name(),
                                "args", Prompts.arguments(call.arguments()))));
                    }
                    Prompts.appendTurn(turns, "model", "parts", parts, false);
                }
                case USER -> Prompts.appendTurn(turns, "user", "parts", userParts(message), false);
            }
        }
        return turns;
    }

    private static List<Object> userParts(ChatMessage message) {
        List<Object> parts = new ArrayList<>();
        for (ContentPart part : message.content()) {
            if (part instanceof ContentPart.Text text && !text.text().isEmpty()) {
                parts.add(Map.of("text", text.text()));
            } else if (part instanceof ContentPart.Image image) {
                ContentPart.InlineData inline = image.inline();
                parts.add(inline != null
                        ? Map.of("inlineData", Map.of("mimeType", inline.mediaType(), "data", inline.base64()))
                        : Map.of("fileData", Map.of("fileUri", image.url())));
            }
        }
        if (parts.isEmpty()) {
            parts.add(Map.of("text", message.text()));
        }
        return parts;
    }

    private static void putIfSet(Map<String, Object> body, String key, Object value) {
        if (value != null) {
            body.put(key, value);
        }
    }
}
