package dev.switchboard.domain.usage;

/** Tokens a request consumed: what the prompt cost and what the answer (reasoning included) cost. */
public record TokenUsage(int prompt, int completion) {

    public static final TokenUsage NONE = new TokenUsage(0, 0);

    public TokenUsage {
        if (prompt < 0 || completion < 0) {
            throw new IllegalArgumentException("token counts cannot be negative");
        }
    }
}
