package dev.switchboard.adapter.web.messages;

import dev.switchboard.domain.usage.TokenUsage;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Usage in Anthropic's meaning: {@code input_tokens} without the cached part, which is
 * {@code cache_read_input_tokens}; the neutral model (OpenAI's meaning) counts it inside the prompt.
 */
final class AnthropicUsage {

    private AnthropicUsage() {
    }

    static Map<String, Object> of(TokenUsage usage) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("input_tokens", Math.max(0, usage.prompt() - usage.cached()));
        out.put("cache_creation_input_tokens", 0);
        out.put("cache_read_input_tokens", usage.cached());
        out.put("output_tokens", usage.completion());
        return out;
    }
}
