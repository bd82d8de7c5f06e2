package dev.switchboard.domain.stats;

import java.time.LocalDate;

/** Calls, tokens and cost (nano-units of the currency) of one calendar day, all models together. */
public record DailyUsage(LocalDate day, long calls, long promptTokens, long completionTokens, long costNanos) {

    public DailyUsage(LocalDate day, long calls, long promptTokens, long completionTokens) {
        this(day, calls, promptTokens, completionTokens, 0);
    }

    public static DailyUsage empty(LocalDate day) {
        return new DailyUsage(day, 0, 0, 0, 0);
    }

    public long totalTokens() {
        return promptTokens + completionTokens;
    }
}
