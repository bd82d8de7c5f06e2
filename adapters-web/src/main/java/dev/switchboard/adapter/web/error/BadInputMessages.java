package dev.switchboard.adapter.web.error;

import java.util.Locale;

/** Turns the parser's wording for unreadable bodies into a short message that echoes none of the input. */
final class BadInputMessages {

    private static final int MAX_LENGTH = 200;

    private BadInputMessages() {
    }

    static String describe(String raw) {
        if (raw == null || raw.isBlank()) {
            return ErrorType.INVALID_REQUEST.defaultMessage();
        }
        String lower = raw.toLowerCase(Locale.ROOT);
        if (lower.contains("required argument") && lower.contains("body")) {
            return "a JSON body is required";
        }
        if (lower.contains("unexpected") || lower.contains("json") || lower.contains("parse")
                || lower.contains("token") || lower.contains("cannot deserialize") || lower.contains("eof")) {
            return "the body is not valid JSON or a field has the wrong type";
        }
        String line = raw.lines().findFirst().orElse(raw);
        return line.length() > MAX_LENGTH ? line.substring(0, MAX_LENGTH) + "…" : line;
    }
}
