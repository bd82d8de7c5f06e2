package dev.switchboard.domain.user;

/**
 * Whether a signed token still opens its account: the account must exist, be enabled and carry the same
 * token version, and the token must have an expiry and not be logged out. A disabled account is reported
 * before a stale version, so a disabled user learns why (403) rather than "sign in again" (401).
 */
public final class SessionRule {

    /** The outcome, in the order the checks are made. */
    public enum Verdict { VALID, NO_EXPIRY, LOGGED_OUT, GONE, DISABLED, STALE }

    private SessionRule() {
    }

    /**
     * @param accountExists  the account is still stored
     * @param enabled        the account may sign in (admins are always enabled)
     * @param currentVersion the account's token version now
     * @param tokenVersion   the version the token was issued with (null when the token has none)
     */
    public static Verdict judge(boolean hasExpiry, boolean loggedOut, boolean accountExists, boolean enabled,
                                int currentVersion, Integer tokenVersion) {
        if (!hasExpiry) {
            return Verdict.NO_EXPIRY;
        }
        if (loggedOut) {
            return Verdict.LOGGED_OUT;
        }
        if (!accountExists) {
            return Verdict.GONE;
        }
        if (!enabled) {
            return Verdict.DISABLED;
        }
        return tokenVersion != null && tokenVersion == currentVersion ? Verdict.VALID : Verdict.STALE;
    }
}
