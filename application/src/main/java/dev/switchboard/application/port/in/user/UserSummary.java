package dev.switchboard.application.port.in.user;

import java.time.Instant;

/** A user as the admin's list shows it, with this month's calls and tokens. Cost comes with groups later. */
public record UserSummary(long id, String email, boolean enabled, Long groupId, Instant createdAt,
                          Instant lastSeenAt, long callsMonth, long tokensMonth) {
}
