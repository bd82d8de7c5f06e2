package dev.switchboard.adapter.web.responses;

import dev.switchboard.domain.chat.ChatMessage;
import dev.switchboard.domain.chat.ChatPrompt;
import dev.switchboard.domain.chat.Role;
import dev.switchboard.domain.chat.ToolChoice;
import dev.switchboard.domain.chat.ToolSpec;
import dev.switchboard.domain.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Responses API body, checked and read into the neutral {@link ChatPrompt} plus what the answer echoes. Stateless:
 * {@code store} is taken as false, and a request that points at stored state ({@code previous_response_id},
 * {@code conversation}) is refused. Fields with no neutral meaning ({@code include}, {@code prompt_cache_key},
 * {@code text}, {@code metadata}, ...) are accepted and ignored; tools other than functions are dropped.
 */
record ResponsesRequest(ChatPrompt prompt, ResponseEcho echo) {

    static final String NO_STATE = "Switchboard keeps no conversation (store is always false), so %s cannot be "
            + "used: send the whole conversation in input";

    static ResponsesRequest read(Map<String, Object> body) {
        for (String stateful : List.of("previous_response_id", "conversation")) {
            if (body.get(stateful) != null) {
                throw new InvalidInputException(stateful, NO_STATE.formatted(stateful));
            }
        }
        if (!(body.get("model") instanceof String model) || model.isBlank()) {
            throw new InvalidInputException("model", "model is required");
        }
        Object instructions = body.get("instructions");
        if (instructions != null && !(instructions instanceof String)) {
            throw new InvalidInputException("instructions", "instructions must be a string");
        }
        List<ChatMessage> messages = new ArrayList<>();
        if (instructions instanceof String text && !text.isBlank()) {
            messages.add(ChatMessage.text(Role.SYSTEM, text));
        }
        messages.addAll(ResponseInput.messages(body.get("input")));
        Object stream = body.getOrDefault("stream", false);
        if (stream != null && !(stream instanceof Boolean)) {
            throw new InvalidInputException("stream", "stream must be true or false");
        }
        Integer maxOutput = integer(body, "max_output_tokens");
        if (maxOutput != null && maxOutput < 1) {
            throw new InvalidInputException("max_output_tokens", "max_output_tokens must be at least 1");
        }
        Double temperature = number(body, "temperature");
        Double topP = number(body, "top_p");
        Map<?, ?> reasoning = body.get("reasoning") instanceof Map<?, ?> r ? r : Map.of();
        String effort = reasoning.get("effort") instanceof String e && !e.equals("none") ? e : null;
        String summary = reasoning.get("summary") instanceof String s ? s : null;
        List<ToolSpec> tools = tools(body.get("tools"));
        ToolChoice choice = tools.isEmpty() ? null : toolChoice(body.get("tool_choice"));
        ChatPrompt prompt = new ChatPrompt(model, messages, tools, choice, maxOutput, temperature, topP, List.of(),
                effort, Boolean.TRUE.equals(stream), null);
        ResponseEcho echo = new ResponseEcho(prompt.model(), (String) instructions,
                functionTools(body.get("tools")), body.get("tool_choice"),
                temperature == null ? 1.0 : temperature, topP == null ? 1.0 : topP, maxOutput,
                !Boolean.FALSE.equals(body.get("parallel_tool_calls")), effort, summary);
        return new ResponsesRequest(prompt, echo);
    }

    /** The tools as sent, those the answer could use: the response echoes these, not the dropped ones. */
    private static List<Object> functionTools(Object raw) {
        List<Object> kept = new ArrayList<>();
        if (raw instanceof List<?> list) {
            for (Object item : list) {
                if (isFunction(item)) {
                    kept.add(item);
                }
            }
        }
        return kept;
    }

    private static boolean isFunction(Object item) {
        return item instanceof Map<?, ?> tool && "function".equals(tool.get("type"))
                && tool.get("name") instanceof String name && !name.isBlank();
    }

    @SuppressWarnings("unchecked")
    private static List<ToolSpec> tools(Object raw) {
        List<ToolSpec> tools = new ArrayList<>();
        if (raw instanceof List<?> list) {
            for (Object item : list) {
                // web_search, namespace, custom, local_shell...: no channel can run them here, so dropped, not refused
                if (isFunction(item)) {
                    Map<?, ?> tool = (Map<?, ?>) item;
                    tools.add(new ToolSpec((String) tool.get("name"), tool.get("description") instanceof String d ? d : null,
                            tool.get("parameters") instanceof Map<?, ?> p ? (Map<String, Object>) p : null));
                }
            }
        }
        return tools;
    }

    private static ToolChoice toolChoice(Object raw) {
        if (raw instanceof String mode) {
            return mode(mode);
        }
        if (raw instanceof Map<?, ?> choice) {
            if ("function".equals(choice.get("type")) && choice.get("name") instanceof String name) {
                return ToolChoice.function(name);
            }
            if ("allowed_tools".equals(choice.get("type")) && choice.get("mode") instanceof String mode) {
                return mode(mode);
            }
        }
        return null; // a hosted tool's choice: its tool was dropped, so the model chooses
    }

    private static ToolChoice mode(String mode) {
        return switch (mode) {
            case "none" -> ToolChoice.NONE;
            case "required" -> ToolChoice.REQUIRED;
            default -> ToolChoice.AUTO;
        };
    }

    private static Integer integer(Map<String, Object> body, String field) {
        Object raw = body.get(field);
        if (raw == null) {
            return null;
        }
        if (!(raw instanceof Integer || raw instanceof Long)) {
            throw new InvalidInputException(field, field + " must be a whole number");
        }
        return (int) Math.min(Integer.MAX_VALUE, ((Number) raw).longValue());
    }

    private static Double number(Map<String, Object> body, String field) {
        Object raw = body.get(field);
        if (raw == null) {
            return null;
        }
        if (!(raw instanceof Number n)) {
            throw new InvalidInputException(field, field + " must be a number");
        }
        return n.doubleValue();
    }
}
