package dev.switchboard.adapter.web.user;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.switchboard.adapter.web.support.ApiTime;
import dev.switchboard.application.port.in.user.UserSummary;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A user in the admin's list (SPEC §10); {@code cost_month} stays null until cost accounting exists. */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
record UserResponse(long id, String email, boolean enabled, @Nullable Long groupId, OffsetDateTime createdAt,
                    @Nullable OffsetDateTime lastSeenAt, long callsMonth, long tokensMonth,
                    @Nullable BigDecimal costMonth) {

    static UserResponse fromDomain(UserSummary u, ApiTime time) {
        return new UserResponse(u.id(), u.email(), u.enabled(), u.groupId(), time.format(u.createdAt()),
                u.lastSeenAt() == null ? null : time.format(u.lastSeenAt()), u.callsMonth(), u.tokensMonth(), null);
    }
}
