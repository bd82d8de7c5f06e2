package dev.switchboard.adapter.web.responses;

import dev.switchboard.domain.usage.TokenUsage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code response} object of one answer, as each snapshot of it reads: its id, status, output and usage. */
final class ResponseShell {

    private final String id;
    private final long createdAt;
    private final ResponseEcho echo;

    ResponseShell(String id, long createdAt, ResponseEcho echo) {
        this.id = id;
        this.createdAt = createdAt;
        this.echo = echo;
    }

    String id() {
        return id;
    }

    /**
     * @param error      {@code {"code","message"}} when failed, else null
     * @param incomplete {@code {"reason"}} when incomplete, else null
     */
    Map<String, Object> snapshot(String status, List<Object> output, TokenUsage usage, Map<String, Object> error,
                                 Map<String, Object> incomplete) {
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("id", id);
        response.put("object", "response");
        response.put("created_at", createdAt);
        response.put("status", status);
        response.put("background", false);
        response.put("error", error);
        response.put("incomplete_details", incomplete);
        echo.writeInto(response);
        response.put("output", output);
        echo.writeSettingsInto(response);
        response.put("usage", usage == null ? null : usage(usage));
        response.put("user", null);
        response.put("metadata", Map.of());
        return response;
    }

    /** Tokens in the Responses API's words: input includes cached input, output includes reasoning. */
    static Map<String, Object> usage(TokenUsage usage) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("input_tokens", usage.prompt());
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("cached_tokens", usage.cached());
        // the neutral usage counts cache writes in the input without telling them apart
        input.put("cache_write_tokens", 0);
        out.put("input_tokens_details", input);
        out.put("output_tokens", usage.completion());
        out.put("output_tokens_details", Map.of("reasoning_tokens", usage.reasoning()));
        out.put("total_tokens", usage.prompt() + usage.completion());
        return out;
    }
}
