package dev.switchboard.domain.usage;

/**
 * Tokens a request consumed, in OpenAI's meaning: {@code prompt} includes cached input, {@code completion}
 * includes reasoning; {@code cached} and {@code reasoning} say how much of each that was.
 */
public record TokenUsage(int prompt, int completion, int cached, int reasoning) {

    public static final TokenUsage NONE = new TokenUsage(0, 0);

    public TokenUsage {
        if (prompt < 0 || completion < 0 || cached < 0 || reasoning < 0) {
            throw new IllegalArgumentException("token counts cannot be negative");
        }
    }

    public TokenUsage(int prompt, int completion) {
        this(prompt, completion, 0, 0);
    }
}
