package dev.switchboard.application.port.in.auth;

import dev.switchboard.domain.user.Role;
import dev.switchboard.domain.user.SessionRule;

/**
 * Query: does a verified token still open its account (version, enabled, not logged out, has an expiry)?
 * Non-blocking: answers from memory (the account states and the logout list); also notes the account as seen.
 */
public interface SessionCheckQuery {

    SessionRule.Verdict check(Role role, long accountId, Integer tokenVersion, boolean hasExpiry, String tokenId);
}
