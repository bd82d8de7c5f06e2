package dev.switchboard.application.port.in.user;

import java.time.Instant;

/** A user as the admin's list shows it, with this month's calls, tokens and cost (nano-units of the currency). */
public record UserSummary(long id, String email, boolean enabled, Long groupId, Instant createdAt,
                          Instant lastSeenAt, long callsMonth, long tokensMonth, long costNanosMonth) {

    public UserSummary(long id, String email, boolean enabled, Long groupId, Instant createdAt, Instant lastSeenAt,
                       long callsMonth, long tokensMonth) {
        this(id, email, enabled, groupId, createdAt, lastSeenAt, callsMonth, tokensMonth, 0);
    }
}
