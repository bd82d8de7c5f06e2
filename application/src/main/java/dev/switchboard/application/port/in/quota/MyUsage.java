package dev.switchboard.application.port.in.quota;

import java.time.Instant;

/**
 * A signed-in user's month (SPEC §14 {@code /api/me/usage}): the period, calls, tokens and cost (nano-units) so far,
 * the user's own quota (member quota of the group, else the settings' user quota; null = no limit) and what is left.
 */
public record MyUsage(Instant periodStart, Instant periodEnd, long calls, long tokens, long costNanos,
                      Long tokenQuota, Long costQuotaNanos, Long remainingTokens, Long remainingCostNanos) {
}
