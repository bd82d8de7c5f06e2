package dev.switchboard.domain.settings;

import dev.switchboard.domain.shared.InvalidInputException;
import dev.switchboard.domain.shared.Require;

/**
 * Cost and quota settings (SPEC §14): the currency label prices and costs are read in, the monthly token quota of
 * a user whose group sets no member quota (or who has no group), and the daily token quota of each guest IP.
 * Null quota = no limit.
 */
public record QuotaSettings(String currency, Long userMonthlyTokenQuota, Long guestDailyTokenQuota) {

    public static final QuotaSettings DEFAULTS = new QuotaSettings("USD", null, null);

    public QuotaSettings {
        currency = Require.text("currency", currency == null ? "" : currency, 16);
        if (userMonthlyTokenQuota != null && userMonthlyTokenQuota < 0) {
            throw new InvalidInputException("user_monthly_token_quota",
                    "user_monthly_token_quota must be zero or more, or null for no limit");
        }
        if (guestDailyTokenQuota != null && guestDailyTokenQuota < 0) {
            throw new InvalidInputException("guest_daily_token_quota",
                    "guest_daily_token_quota must be zero or more, or null for no limit");
        }
    }
}
