package dev.switchboard.adapter.upstream.anthropic;

import dev.switchboard.domain.chat.FinishReason;

/** Names of Anthropic's Messages API that the mapper and decoders share. */
final class AnthropicFormat {

    static final String NAME = "anthropic";
    static final String VERSION = "2023-06-01";
    /** Anthropic requires max_tokens; this is used when neither the client nor the channel gives one. */
    static final int DEFAULT_MAX_TOKENS = 4096;

    private AnthropicFormat() {
    }

    static FinishReason finishReason(String stopReason) {
        if (stopReason == null) {
            return FinishReason.STOP;
        }
        return switch (stopReason) {
            case "max_tokens", "model_context_window_exceeded" -> FinishReason.LENGTH;
            case "tool_use" -> FinishReason.TOOL_CALLS;
            case "refusal" -> FinishReason.CONTENT_FILTER;
            default -> FinishReason.STOP;
        };
    }

    /** The HTTP status an error type stands for, for an error event inside a 200 stream. */
    static int statusOf(String errorType) {
        return switch (errorType == null ? "" : errorType) {
            case "overloaded_error" -> 529;
            case "rate_limit_error" -> 429;
            case "api_error" -> 500;
            case "invalid_request_error" -> 400;
            case "authentication_error" -> 401;
            case "permission_error" -> 403;
            case "not_found_error" -> 404;
            case "request_too_large" -> 413;
            default -> 0;
        };
    }
}
