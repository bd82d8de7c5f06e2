package dev.switchboard.adapter.web.user;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.switchboard.adapter.web.support.ApiTime;
import dev.switchboard.application.policy.quota.CostPolicy;
import dev.switchboard.application.port.in.user.UserSummary;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A user in the admin's list (SPEC §10), with this month's calls, tokens and cost (§14, a JSON number). */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
record UserResponse(long id, String email, boolean enabled, @Nullable Long groupId, OffsetDateTime createdAt,
                    @Nullable OffsetDateTime lastSeenAt, long callsMonth, long tokensMonth,
                    @Nullable BigDecimal costMonth) {

    static UserResponse fromDomain(UserSummary u, ApiTime time) {
        return new UserResponse(u.id(), u.email(), u.enabled(), u.groupId(), time.format(u.createdAt()),
                u.lastSeenAt() == null ? null : time.format(u.lastSeenAt()), u.callsMonth(), u.tokensMonth(),
                CostPolicy.toAmount(u.costNanosMonth()));
    }
}
