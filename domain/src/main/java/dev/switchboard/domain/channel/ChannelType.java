package dev.switchboard.domain.channel;

import dev.switchboard.domain.shared.InvalidInputException;
import java.util.Locale;

/** Which API a channel speaks, with the base URL its provider documents (version path included). */
public enum ChannelType {
    OPENAI("https://api.openai.com/v1"),
    ANTHROPIC("https://api.anthropic.com/v1"),
    GEMINI("https://generativelanguage.googleapis.com/v1beta");

    private final String documentedBaseUrl;

    ChannelType(String documentedBaseUrl) {
        this.documentedBaseUrl = documentedBaseUrl;
    }

    public String documentedBaseUrl() {
        return documentedBaseUrl;
    }

    /** The lower-case name used on the wire and in the database. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ChannelType parse(String value) {
        if (value == null || value.isBlank()) {
            return OPENAI;
        }
        for (ChannelType type : values()) {
            if (type.wireName().equals(value.strip().toLowerCase(Locale.ROOT))) {
                return type;
            }
        }
        throw new InvalidInputException("type", "type must be one of openai, anthropic, gemini");
    }
}
