package dev.switchboard.adapter.web.responses;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The request settings a {@code response} object repeats back to the client (the Responses API echoes them in
 * every snapshot): model, instructions, tools as sent, tool choice, sampling and reasoning settings.
 */
record ResponseEcho(String model, String instructions, List<Object> tools, Object toolChoice, double temperature,
                    double topP, Integer maxOutputTokens, boolean parallelToolCalls, String reasoningEffort,
                    String reasoningSummary) {

    ResponseEcho {
        tools = tools == null ? List.of() : tools;
        toolChoice = toolChoice == null ? "auto" : toolChoice;
    }

    /** The echoed fields, in the order OpenAI writes them, into {@code response}. */
    void writeInto(Map<String, Object> response) {
        response.put("instructions", instructions);
        response.put("max_output_tokens", maxOutputTokens);
        response.put("model", model);
    }

    void writeSettingsInto(Map<String, Object> response) {
        response.put("parallel_tool_calls", parallelToolCalls);
        response.put("previous_response_id", null);
        Map<String, Object> reasoning = new LinkedHashMap<>();
        reasoning.put("effort", reasoningEffort);
        reasoning.put("summary", reasoningSummary);
        response.put("reasoning", reasoning);
        response.put("store", false);
        response.put("temperature", temperature);
        response.put("text", Map.of("format", Map.of("type", "text")));
        response.put("tool_choice", toolChoice);
        response.put("tools", tools);
        response.put("top_p", topP);
        response.put("truncation", "disabled");
    }
}
