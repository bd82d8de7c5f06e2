package dev.switchboard.domain.usage;

import java.util.Locale;

/**
 * Which protocol surface a chat came in through, as the usage log records it (SPEC §12): OpenAI's chat
 * completions ({@code /api/chat/completions}, {@code /v1/chat/completions}), Anthropic's Messages API
 * ({@code /v1/messages}) or OpenAI's Responses API ({@code /v1/responses}).
 */
public enum Endpoint {
    CHAT, MESSAGES, RESPONSES;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The endpoint a stored or sent name stands for; rows written before endpoints were recorded are chats. */
    public static Endpoint fromWireName(String value) {
        if (value == null || value.isBlank()) {
            return CHAT;
        }
        return valueOf(value.strip().toUpperCase(Locale.ROOT));
    }
}
