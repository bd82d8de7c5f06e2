package dev.switchboard.application.service.auth;

import java.time.Duration;

/**
 * When sign-in failures slow down or stop further attempts. Refusals (429) are only ever tied to the
 * client's IP — per (IP, account) and per IP across all accounts — so nobody can lock an owner out of their
 * account from elsewhere. Failures on one account across all IPs only add a pause before each attempt,
 * growing with the failures and capped, so distributed guessing gets slow while the owner with the right
 * password, from any other address, still gets in (after at most {@code maxPause}).
 *
 * @param maxFailuresPerIpAndAccount failures one IP may have on one account before it is refused
 * @param maxFailuresPerIp           failures one IP may have across all accounts before it is refused
 * @param freeFailures               failures an account may have (across IPs) before attempts on it pause
 * @param firstPause                 the pause after the first failure beyond {@code freeFailures}; doubles per failure
 * @param maxPause                   the longest pause
 */
public record SignInThrottlePolicy(int maxFailuresPerIpAndAccount, int maxFailuresPerIp, int freeFailures,
                                   Duration firstPause, Duration maxPause) {

    /** Failures counted per account are capped here (memory); the pause has long reached its maximum by then. */
    public static final int ACCOUNT_COUNT_CAP = 100;

    public SignInThrottlePolicy {
        if (maxFailuresPerIpAndAccount < 1 || maxFailuresPerIp < maxFailuresPerIpAndAccount || freeFailures < 0) {
            throw new IllegalArgumentException("need 1 <= per (IP, account) <= per IP and free failures >= 0");
        }
        if (firstPause.isNegative() || maxPause.isNegative() || maxPause.compareTo(Duration.ofSeconds(5)) > 0) {
            throw new IllegalArgumentException("pauses must be between 0 and 5 seconds");
        }
    }

    /** 10 per (IP, account), 50 per IP; from the 4th failure on an account 250 ms, doubling, at most 5 s. */
    public static SignInThrottlePolicy defaults() {
        return new SignInThrottlePolicy(10, 50, 3, Duration.ofMillis(250), Duration.ofSeconds(5));
    }

    /** The pause before checking an attempt on an account with {@code accountFailures} recent failures. */
    public Duration pauseFor(int accountFailures) {
        int beyond = accountFailures - freeFailures;
        if (beyond <= 0) {
            return Duration.ZERO;
        }
        long millis = firstPause.toMillis() << Math.min(beyond - 1, 20);
        return millis >= maxPause.toMillis() ? maxPause : Duration.ofMillis(millis);
    }
}
