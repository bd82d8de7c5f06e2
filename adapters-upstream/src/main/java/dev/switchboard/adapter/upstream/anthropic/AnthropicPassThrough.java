package dev.switchboard.adapter.upstream.anthropic;

import dev.switchboard.adapter.upstream.provider.Json;
import dev.switchboard.adapter.upstream.transport.UpstreamRequest;
import dev.switchboard.application.port.out.chat.UpstreamCall;
import dev.switchboard.domain.channel.ReasoningSetting;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Messages API request from an Anthropic client to an Anthropic channel: sent as the client wrote it — fields
 * Switchboard does not know ({@code cache_control}, {@code metadata}, {@code context_management}, betas) included —
 * with only the model swapped, and the client's {@code anthropic-version} and {@code anthropic-beta} forwarded. The
 * channel's reasoning setting still rules: {@code off} drops {@code thinking}, a budget replaces it.
 */
final class AnthropicPassThrough {

    static final String VERSION_HEADER = "anthropic-version";
    static final String BETA_HEADER = "anthropic-beta";

    private AnthropicPassThrough() {
    }

    static UpstreamRequest request(UpstreamCall call, Map<?, ?> original, Map<String, String> clientHeaders) {
        Map<String, Object> body = new LinkedHashMap<>();
        original.forEach((k, v) -> body.put(String.valueOf(k), v));
        body.put("model", call.model());
        body.put("stream", call.stream());
        ReasoningSetting reasoning = call.reasoning();
        if (reasoning.mode() == ReasoningSetting.Mode.OFF) {
            body.remove("thinking");
        } else if (reasoning.mode() == ReasoningSetting.Mode.BUDGET) {
            int budget = reasoning.budgetTokens();
            body.put("thinking", Map.of("type", "enabled", "budget_tokens", budget));
            int maxTokens = body.get("max_tokens") instanceof Number n ? n.intValue() : AnthropicFormat.DEFAULT_MAX_TOKENS;
            body.put("max_tokens", Math.max(maxTokens, budget + 1024));
            // Anthropic refuses sampling settings other than the defaults while thinking.
            body.remove("temperature");
            body.remove("top_p");
            body.remove("top_k");
        }
        if (!(body.get("max_tokens") instanceof Number)) {
            body.put("max_tokens", AnthropicFormat.DEFAULT_MAX_TOKENS);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("x-api-key", call.apiKey());
        headers.put(VERSION_HEADER, clientHeaders.getOrDefault(VERSION_HEADER, AnthropicFormat.VERSION));
        String beta = clientHeaders.get(BETA_HEADER);
        if (beta != null && !beta.isBlank()) {
            headers.put(BETA_HEADER, beta);
        }
        return new UpstreamRequest(URI.create(call.baseUrl().value() + "/messages"), headers, Json.write(body),
                call.stream());
    }
}
