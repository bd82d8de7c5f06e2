package dev.switchboard.application.policy.quota;

/**
 * One quota against what was used of it this period: tokens and cost (nano-units); a null quota is no limit.
 * Reached means used ≥ quota, so a quota of 0 refuses everything.
 */
public record Allowance(long tokensUsed, long costNanosUsed, Long tokenQuota, Long costQuotaNanos) {

    public boolean reached() {
        return (tokenQuota != null && tokensUsed >= tokenQuota) || (costQuotaNanos != null && costNanosUsed >= costQuotaNanos);
    }

    /** Tokens left, never below zero; null when there is no token quota. */
    public Long remainingTokens() {
        return tokenQuota == null ? null : Math.max(0, tokenQuota - tokensUsed);
    }

    /** Cost left in nano-units, never below zero; null when there is no cost quota. */
    public Long remainingCostNanos() {
        return costQuotaNanos == null ? null : Math.max(0, costQuotaNanos - costNanosUsed);
    }
}
