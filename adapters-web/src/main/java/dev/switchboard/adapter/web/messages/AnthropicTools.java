package dev.switchboard.adapter.web.messages;

import dev.switchboard.domain.chat.ToolChoice;
import dev.switchboard.domain.chat.ToolSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The parts of a Messages API request that steer the model: its tools, the tool choice, the thinking wish. */
final class AnthropicTools {

    private AnthropicTools() {
    }

    /** Custom tools with an {@code input_schema}; Anthropic's server tools (web search, ...) cannot be translated. */
    @SuppressWarnings("unchecked")
    static List<ToolSpec> tools(Object raw) {
        List<ToolSpec> tools = new ArrayList<>();
        if (raw instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> tool && tool.get("name") instanceof String name
                        && tool.get("input_schema") instanceof Map<?, ?> schema
                        && (tool.get("type") == null || "custom".equals(tool.get("type")))) {
                    tools.add(new ToolSpec(name, tool.get("description") instanceof String d ? d : null,
                            (Map<String, Object>) schema));
                }
            }
        }
        return tools;
    }

    static ToolChoice choice(Object raw) {
        if (!(raw instanceof Map<?, ?> choice)) {
            return null;
        }
        return switch (String.valueOf(choice.get("type"))) {
            case "any" -> ToolChoice.REQUIRED;
            case "none" -> ToolChoice.NONE;
            case "tool" -> choice.get("name") instanceof String name ? ToolChoice.function(name) : ToolChoice.REQUIRED;
            default -> ToolChoice.AUTO;
        };
    }

    /**
     * Explicit thinking with a budget becomes a reasoning effort for other providers. {@code adaptive} (Claude
     * Code's default) is left to the model: sent as an effort it would make non-reasoning models refuse the call.
     */
    static String effort(Object thinking) {
        if (!(thinking instanceof Map<?, ?> t) || !"enabled".equals(t.get("type"))) {
            return null;
        }
        long budget = t.get("budget_tokens") instanceof Number n ? n.longValue() : 0;
        if (budget <= 2048) {
            return "low";
        }
        return budget <= 8192 ? "medium" : "high";
    }
}
