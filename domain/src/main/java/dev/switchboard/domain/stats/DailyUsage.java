package dev.switchboard.domain.stats;

import java.time.LocalDate;

/** Calls and tokens of one calendar day, all models together. */
public record DailyUsage(LocalDate day, long calls, long promptTokens, long completionTokens) {

    public static DailyUsage empty(LocalDate day) {
        return new DailyUsage(day, 0, 0, 0);
    }

    public long totalTokens() {
        return promptTokens + completionTokens;
    }
}
