package dev.switchboard.domain.usage;

/** Calls, tokens (prompt + completion) and cost in nano-units of the currency, summed over some rows. */
public record UsageTotals(long calls, long tokens, long costNanos) {

    public static final UsageTotals NONE = new UsageTotals(0, 0, 0);

    public UsageTotals plus(UsageTotals other) {
        return new UsageTotals(calls + other.calls, tokens + other.tokens, costNanos + other.costNanos);
    }

    public UsageTotals minus(UsageTotals other) {
        return new UsageTotals(calls - other.calls, tokens - other.tokens, costNanos - other.costNanos);
    }

    /** What one row adds: an unpriced row adds no cost. */
    public static UsageTotals of(UsageLogEntry row) {
        return new UsageTotals(1, row.totalTokens(), row.costNanos() == null ? 0 : row.costNanos());
    }
}
