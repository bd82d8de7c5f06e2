package dev.switchboard.domain.channel;

import dev.switchboard.domain.shared.InvalidInputException;

/**
 * A channel's reasoning setting: {@code off}, {@code auto} (whatever the model does by itself) or a thinking
 * budget in tokens.
 */
public record ReasoningSetting(Mode mode, int budgetTokens) {

    public enum Mode { OFF, AUTO, BUDGET }

    public static final ReasoningSetting AUTO = new ReasoningSetting(Mode.AUTO, 0);
    public static final ReasoningSetting OFF = new ReasoningSetting(Mode.OFF, 0);
    /** Anthropic's smallest thinking budget. */
    public static final int MIN_BUDGET = 1024;
    public static final int MAX_BUDGET = 1_000_000;

    public ReasoningSetting {
        if (mode == Mode.BUDGET && (budgetTokens < MIN_BUDGET || budgetTokens > MAX_BUDGET)) {
            throw new InvalidInputException("reasoning",
                    "reasoning budget must be between " + MIN_BUDGET + " and " + MAX_BUDGET + " tokens");
        }
    }

    /** "off", "auto" (also null or empty) or a number of tokens. */
    public static ReasoningSetting parse(String value) {
        if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("auto")) {
            return AUTO;
        }
        if (value.strip().equalsIgnoreCase("off")) {
            return OFF;
        }
        try {
            return new ReasoningSetting(Mode.BUDGET, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("reasoning", "reasoning must be off, auto or a token budget");
        }
    }

    /** The form {@link #parse} reads. */
    public String wireValue() {
        return switch (mode) {
            case OFF -> "off";
            case AUTO -> "auto";
            case BUDGET -> Integer.toString(budgetTokens);
        };
    }
}
