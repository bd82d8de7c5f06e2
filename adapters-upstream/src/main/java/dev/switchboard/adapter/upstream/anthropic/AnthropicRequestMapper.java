package dev.switchboard.adapter.upstream.anthropic;

import dev.switchboard.adapter.upstream.provider.Json;
import dev.switchboard.adapter.upstream.provider.Prompts;
import dev.switchboard.adapter.upstream.transport.UpstreamRequest;
import dev.switchboard.application.port.out.chat.UpstreamCall;
import dev.switchboard.domain.channel.ReasoningSetting;
import dev.switchboard.domain.chat.ChatMessage;
import dev.switchboard.domain.chat.ChatPrompt;
import dev.switchboard.domain.chat.ContentPart;
import dev.switchboard.domain.chat.Role;
import dev.switchboard.domain.chat.ToolCall;
import dev.switchboard.domain.chat.ToolChoice;
import dev.switchboard.domain.chat.ToolSpec;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST {base}/messages} with {@code x-api-key} and {@code anthropic-version}. System messages go to the
 * top-level {@code system}; consecutive same-role turns merge; tool results become {@code tool_result} blocks at
 * the start of the next user turn; {@code max_tokens} is always set. Thinking: the channel's budget, or — on
 * {@code auto} — a budget matching the client's {@code reasoning_effort} when it gave one. A request that came
 * from an Anthropic client goes as it came ({@link AnthropicPassThrough}).
 */
final class AnthropicRequestMapper {

    private AnthropicRequestMapper() {
    }

    static UpstreamRequest request(UpstreamCall call) {
        ChatPrompt prompt = call.prompt();
        if (prompt.original() != null && prompt.original().is(AnthropicFormat.NAME)
                && prompt.original().request() instanceof Map<?, ?> original) {
            return AnthropicPassThrough.request(call, original, prompt.original().headers());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("model", call.model());
        int budget = thinkingBudget(call.reasoning(), prompt.reasoningEffort());
        int maxTokens = prompt.maxTokens() != null ? prompt.maxTokens() : AnthropicFormat.DEFAULT_MAX_TOKENS;
        body.put("max_tokens", budget > 0 ? Math.max(maxTokens, budget + 1024) : maxTokens);
        String system = Prompts.systemText(prompt.messages());
        if (!system.isEmpty()) {
            body.put("system", system);
        }
        body.put("messages", messages(prompt.messages()));
        if (!prompt.tools().isEmpty() && (prompt.toolChoice() == null || prompt.toolChoice().mode() != ToolChoice.Mode.NONE)) {
            List<Object> tools = new ArrayList<>();
            for (ToolSpec tool : prompt.tools()) {
                Map<String, Object> spec = new LinkedHashMap<>();
                spec.put("name", tool.name());
                if (tool.description() != null) {
                    spec.put("description", tool.description());
                }
                spec.put("input_schema", tool.parameters());
                tools.add(spec);
            }
            body.put("tools", tools);
            if (prompt.toolChoice() != null) {
                body.put("tool_choice", switch (prompt.toolChoice().mode()) {
                    case REQUIRED -> Map.of("type", "any");
                    case FUNCTION -> Map.of("type", "tool", "name", prompt.toolChoice().function());
                    default -> Map.of("type", "auto");
                });
            }
        }
        if (budget > 0) {
            // Anthropic refuses temperature and top_p other than the defaults while thinking.
            body.put("thinking", Map.of("type", "enabled", "budget_tokens", budget));
        } else {
            putIfSet(body, "temperature", prompt.temperature());
            putIfSet(body, "top_p", prompt.topP());
        }
        if (!prompt.stop().isEmpty()) {
            body.put("stop_sequences", prompt.stop());
        }
        body.put("stream", prompt.stream());
        return new UpstreamRequest(URI.create(call.baseUrl().value() + "/messages"),
                Map.of("x-api-key", call.apiKey(), "anthropic-version", AnthropicFormat.VERSION),
                Json.write(body), prompt.stream());
    }

    static int thinkingBudget(ReasoningSetting setting, String effort) {
        if (setting.mode() == ReasoningSetting.Mode.BUDGET) {
            return setting.budgetTokens();
        }
        if (setting.mode() == ReasoningSetting.Mode.OFF || effort == null) {
            return 0;
        }
        return switch (effort) {
            case "minimal", "low" -> 1024;
            case "high" -> 16_384;
            default -> 4096;
        };
    }

    private static List<Map<String, Object>> messages(List<ChatMessage> messages) {
        List<Map<String, Object>> turns = new ArrayList<>();
        for (ChatMessage message : messages) {
            switch (message.role()) {
                case SYSTEM -> {
                    // in the top-level system
                }
                case TOOL -> Prompts.appendTurn(turns, "user", "content", List.of(toolResult(message)), false);
                case ASSISTANT -> Prompts.appendTurn(turns, "assistant", "content", assistantBlocks(message), false);
                case USER -> Prompts.appendTurn(turns, "user", "content", blocks(message), false);
            }
        }
        return turns;
    }

    private static Object toolResult(ChatMessage message) {
        Map<String, Object> block = new LinkedHashMap<>();
        block.put("type", "tool_result");
        block.put("tool_use_id", message.toolCallId() == null ? "" : message.toolCallId());
        block.put("content", message.text());
        return block;
    }

    private static List<Object> assistantBlocks(ChatMessage message) {
        List<Object> blocks = new ArrayList<>();
        if (!message.text().isEmpty()) {
            blocks.add(Map.of("type", "text", "text", message.text()));
        }
        for (ToolCall call : message.toolCalls()) {
            blocks.add(Map.of("type", "tool_use", "id", call.id(), "name", call.name(),
                    "input", Prompts.arguments(call.arguments())));
        }
        return blocks;
    }

    private static List<Object> blocks(ChatMessage message) {
        List<Object> blocks = new ArrayList<>();
        for (ContentPart part : message.content()) {
            if (part instanceof ContentPart.Text text && !text.text().isEmpty()) {
                blocks.add(Map.of("type", "text", "text", text.text()));
            } else if (part instanceof ContentPart.Image image) {
                ContentPart.InlineData inline = image.inline();
                blocks.add(Map.of("type", "image", "source", inline != null
                        ? Map.of("type", "base64", "media_type", inline.mediaType(), "data", inline.base64())
                        : Map.of("type", "url", "url", image.url())));
            }
        }
        if (blocks.isEmpty() && message.role() == Role.USER) {
            blocks.add(Map.of("type", "text", "text", message.text()));
        }
        return blocks;
    }

    private static void putIfSet(Map<String, Object> body, String key, Object value) {
        if (value != null) {
            body.put(key, value);
        }
    }
}
