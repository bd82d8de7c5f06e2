package dev.switchboard.application.service.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SignInThrottlePolicyTest {

    private final SignInThrottlePolicy policy = SignInThrottlePolicy.defaults();

    @ParameterizedTest(name = "{0} failures on the account -> pause {1} ms")
    @CsvSource({
            "0, 0", "1, 0", "3, 0",
            "4, 250", "5, 500", "6, 1000", "7, 2000", "8, 4000",
            "9, 5000", "10, 5000", "100, 5000", "2147483647, 5000"})
    void thePauseGrowsWithTheAccountsFailuresAndStopsAtFiveSeconds(int failures, long pauseMillis) {
        assertEquals(Duration.ofMillis(pauseMillis), policy.pauseFor(failures));
    }

    @Test
    void theDefaultsRefuseOnlyPerIp() {
        assertEquals(10, policy.maxFailuresPerIpAndAccount());
        assertEquals(50, policy.maxFailuresPerIp());
    }

    @ParameterizedTest(name = "per (IP, account) {0}, per IP {1}, free {2}, max pause {3} ms is refused")
    @CsvSource({"0, 50, 3, 5000", "10, 9, 3, 5000", "10, 50, -1, 5000", "10, 50, 3, 5001"})
    void refusesSettingsThatWouldLockOutOrStallForLong(int perIpAccount, int perIp, int free, long maxPauseMillis) {
        assertThrows(IllegalArgumentException.class, () -> new SignInThrottlePolicy(perIpAccount, perIp, free,
                Duration.ofMillis(250), Duration.ofMillis(maxPauseMillis)));
    }
}
