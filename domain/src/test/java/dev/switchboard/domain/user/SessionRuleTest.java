package dev.switchboard.domain.user;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.switchboard.domain.user.SessionRule.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SessionRuleTest {

    @ParameterizedTest(name = "exp={0} out={1} exists={2} enabled={3} now=v{4} token=v{5} -> {6}")
    @CsvSource(nullValues = "null", value = {
            "true,  false, true,  true,  3, 3,    VALID",
            "true,  false, true,  true,  3, 2,    STALE",
            "true,  false, true,  true,  0, null, STALE",
            "false, false, true,  true,  3, 3,    NO_EXPIRY",
            "true,  true,  true,  true,  3, 3,    LOGGED_OUT",
            "true,  false, false, false, 3, 3,    GONE",
            "true,  false, true,  false, 3, 3,    DISABLED",
            // disabled beats stale: a disabled user learns why (403), not "sign in again"
            "true,  false, true,  false, 4, 3,    DISABLED",
            // a deleted account is 401 even if it had been disabled
            "true,  false, false, false, 4, 3,    GONE"})
    void judgesATokenAgainstItsAccount(boolean hasExpiry, boolean loggedOut, boolean exists, boolean enabled,
                                       int current, Integer token, Verdict expected) {
        assertEquals(expected, SessionRule.judge(hasExpiry, loggedOut, exists, enabled, current, token));
    }
}
