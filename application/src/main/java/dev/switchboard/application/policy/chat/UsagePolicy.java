package dev.switchboard.application.policy.chat;

import dev.switchboard.domain.usage.TokenUsage;
import java.util.function.Supplier;

/**
 * Policy: which token counts a usage row gets. The upstream's last report wins (reports are cumulative, so an
 * earlier one is never added to a later one); without any, the estimate — but a report that gives completion
 * tokens and no prompt tokens keeps its completion and takes the estimated prompt.
 */
public final class UsagePolicy {

    private UsagePolicy() {
    }

    public static TokenUsage choose(TokenUsage lastReported, Supplier<TokenUsage> estimate) {
        if (lastReported == null) {
            return estimate.get();
        }
        if (lastReported.prompt() == 0 && lastReported.completion() > 0) {
            TokenUsage guess = estimate.get();
            return new TokenUsage(guess.prompt(), lastReported.completion(), 0, lastReported.reasoning());
        }
        return lastReported;
    }
}
