package dev.switchboard.adapter.web.quota;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.switchboard.adapter.web.support.ApiTime;
import dev.switchboard.application.policy.quota.CostPolicy;
import dev.switchboard.application.port.in.quota.MyUsage;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * {@code GET /api/me/usage} (SPEC §14): {@code {"period":{"start","end"},"calls","tokens","cost","quota":{"tokens",
 * "cost"},"remaining":{"tokens","cost"}}}; cost as a JSON number in the settings' currency, null = no limit. Adds
 * {@code currency} (the settings' label) so the chat page can write the amounts without asking the admin API.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record MyUsageResponse(Period period, long calls, long tokens, BigDecimal cost, String currency, Amounts quota,
                       Amounts remaining) {

    @Serdeable
    record Period(OffsetDateTime start, OffsetDateTime end) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Amounts(@Nullable Long tokens, @Nullable BigDecimal cost) {
    }

    static MyUsageResponse fromDomain(MyUsage u, String currency, ApiTime time) {
        return new MyUsageResponse(new Period(time.format(u.periodStart()), time.format(u.periodEnd())), u.calls(),
                u.tokens(), CostPolicy.toAmount(u.costNanos()), currency,
                new Amounts(u.tokenQuota(), CostPolicy.amount(u.costQuotaNanos())),
                new Amounts(u.remainingTokens(), CostPolicy.amount(u.remainingCostNanos())));
    }
}
