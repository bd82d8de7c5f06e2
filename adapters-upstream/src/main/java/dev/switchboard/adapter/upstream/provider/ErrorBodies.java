package dev.switchboard.adapter.upstream.provider;

import dev.switchboard.application.port.out.chat.UpstreamFailure;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the usual {@code {"error": {"type"|"status", "code", "message"}}} shape the three providers share in
 * refusals, and builds the failure with a message safe to log and show: cut short, key-like tokens masked.
 */
public final class ErrorBodies {

    // Long unbroken tokens may be (parts of) keys that some upstreams echo in error messages.
    private static final Pattern KEY_LIKE = Pattern.compile("[A-Za-z0-9_\\-*.]{20,}");
    private static final int MAX_MESSAGE = 300;

    /** What an error body said; empty strings where it said nothing. */
    public record Parsed(String type, String code, String message) {
    }

    private ErrorBodies() {
    }

    public static Parsed parse(byte[] body) {
        Object root = Json.value(new String(body, java.nio.charset.StandardCharsets.UTF_8));
        if (root instanceof java.util.List<?> list && !list.isEmpty()) {
            root = list.get(0); // Gemini sometimes wraps the error in an array
        }
        Object error = root instanceof Map<?, ?> m ? m.get("error") : null;
        if (error instanceof String text) {
            return new Parsed("", "", text);
        }
        if (!(error instanceof Map<?, ?>)) {
            return new Parsed("", "", "");
        }
        String type = orEmpty(Json.text(error, "type"));
        if (type.isEmpty()) {
            type = orEmpty(Json.text(error, "status"));
        }
        return new Parsed(type, orEmpty(Json.text(error, "code")), orEmpty(Json.text(error, "message")));
    }

    public static UpstreamFailure failure(int status, String type, String message) {
        String detail = safe(message);
        String text = status >= 500 || status == 429 || status == 401 || status == 403 || status / 100 == 3
                ? "the upstream answered HTTP " + status
                : "the upstream refused the request (HTTP " + status + ")";
        return new UpstreamFailure(UpstreamFailure.Kind.STATUS, detail.isEmpty() ? text : text + ": " + detail,
                status, type);
    }

    /** A message cut to {@value #MAX_MESSAGE} characters with key-like tokens masked. */
    public static String safe(String message) {
        if (message == null || message.isBlank()) {
            return "";
        }
        String masked = KEY_LIKE.matcher(message.strip()).replaceAll("…");
        return masked.length() > MAX_MESSAGE ? masked.substring(0, MAX_MESSAGE) + "…" : masked;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
