package dev.switchboard.adapter.web.messages;

import dev.switchboard.adapter.web.error.ErrorType;
import java.util.Set;

/**
 * Anthropic's error types (SPEC §12) and the body {@code {"type":"error","error":{"type","message"}}} that carries
 * them, with the HTTP status each one stands for on this path.
 */
final class AnthropicErrors {

    static final String API_ERROR = "api_error";
    static final String UPSTREAM_MESSAGE = ErrorType.UPSTREAM_ERROR.defaultMessage();

    private static final Set<String> TYPES = Set.of("invalid_request_error", "authentication_error",
            "permission_error", "not_found_error", "request_too_large", "rate_limit_error", API_ERROR,
            "overloaded_error", "billing_error");

    private AnthropicErrors() {
    }

    /** The type for an error answer Switchboard gives with this status. */
    static String typeForStatus(int status) {
        return switch (status) {
            case 401 -> "authentication_error";
            case 403 -> "permission_error";
            case 404 -> "not_found_error";
            case 429 -> "rate_limit_error";
            case 503, 529 -> "overloaded_error";
            default -> status >= 500 ? API_ERROR : "invalid_request_error";
        };
    }

    /** The type for an error an upstream reported inside its stream: its own when it is Anthropic's, else by status. */
    static String typeOfUpstream(String kind, int status) {
        if (TYPES.contains(kind)) {
            return kind;
        }
        return status >= 400 ? typeForStatus(status) : API_ERROR;
    }

    static String body(String type, String message) {
        return "{\"type\":\"error\",\"error\":{\"type\":\"" + escape(type) + "\",\"message\":\"" + escape(message) + "\"}}";
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
