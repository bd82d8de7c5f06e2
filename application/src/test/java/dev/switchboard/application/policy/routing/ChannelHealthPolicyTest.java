package dev.switchboard.application.policy.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.switchboard.application.policy.routing.ChannelHealthPolicy.Action;
import dev.switchboard.application.policy.routing.ChannelHealthPolicy.Decision;
import dev.switchboard.application.policy.routing.ChannelHealthPolicy.Streak;
import dev.switchboard.application.port.out.chat.UpstreamFailure;
import dev.switchboard.application.port.out.chat.UpstreamFailure.Kind;
import dev.switchboard.domain.settings.HealthSettings;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChannelHealthPolicyTest {

    private static final Instant NOW = Instant.parse("2026-12-04T00:00:00Z");
    private static final HealthSettings ON = HealthSettings.DEFAULTS;
    private static final HealthSettings OFF = new HealthSettings(false, 5, 60);

    private static UpstreamFailure status(int status, String type) {
        return new UpstreamFailure(Kind.STATUS, "x", status, type);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "401, '', DISABLE, 401 from upstream",
            "403, permission_error, DISABLE, 403 from upstream (permission_error)",
            "402, '', DISABLE, 402 from upstream",
            "429, insufficient_quota, DISABLE, 429 from upstream (insufficient_quota)",
            "400, billing_error, DISABLE, 400 from upstream (billing_error)",
            "500, '', COUNT, ",
            "529, overloaded_error, COUNT, ",
            "429, '', COUNT, ",
            "400, invalid_request_error, NOTHING, ",
            "404, '', NOTHING, ",
    })
    void judgesOneFailureOfAHealthyChannel(int code, String type, Action action, String reason) {
        Decision decision = ChannelHealthPolicy.afterFailure(status(code, type), Streak.NONE, NOW, ON);
        assertEquals(action, decision.action());
        assertEquals(reason, decision.reason());
    }

    @Test
    void aTooManyRequestsWithRetryAfterCoolsDownForThatLongAtMostAMinuteWithoutCounting() {
        Streak two = new Streak(2, NOW);
        Decision brief = ChannelHealthPolicy.afterFailure(status(429, "").withRetryAfter(2), two, NOW, ON);
        assertEquals(Action.COOL_DOWN, brief.action());
        assertEquals(2, brief.cooldownSeconds());
        assertEquals(two, brief.streak());
        assertEquals(60, ChannelHealthPolicy.afterFailure(status(429, "").withRetryAfter(3600), two, NOW, ON)
                .cooldownSeconds());
    }

    @Test
    void disablesAfterTheConfiguredNumberOfConsecutiveRetryableFailures() {
        Streak streak = Streak.NONE;
        UpstreamFailure boom = status(500, "");
        for (int i = 1; i < 5; i++) {
            Decision d = ChannelHealthPolicy.afterFailure(boom, streak, NOW.plusSeconds(i), ON);
            assertEquals(Action.COUNT, d.action());
            assertEquals(i, d.streak().count());
            streak = d.streak();
        }
        Decision fifth = ChannelHealthPolicy.afterFailure(new UpstreamFailure(Kind.TIMEOUT, "x", 0), streak,
                NOW.plusSeconds(5), ON);
        assertEquals(Action.DISABLE, fifth.action());
        assertEquals("5 failures in a row, last: no answer in time", fifth.reason());
        assertEquals(Action.DISABLE, ChannelHealthPolicy.afterFailure(boom, new Streak(1, NOW), NOW,
                new HealthSettings(true, 2, 60)).action());
    }

    @Test
    void aStreakOlderThanFiveMinutesStartsOver() {
        Streak old = new Streak(4, NOW);
        Decision later = ChannelHealthPolicy.afterFailure(status(503, ""), old,
                NOW.plus(Duration.ofMinutes(5)).plusSeconds(1), ON);
        assertEquals(Action.COUNT, later.action());
        assertEquals(1, later.streak().count());
        assertEquals(Action.DISABLE, ChannelHealthPolicy.afterFailure(status(503, ""), old,
                NOW.plus(Duration.ofMinutes(5)), ON).action());
    }

    @Test
    void neverDisablesWhenAutoDisableIsOffButStillCoolsDown() {
        assertEquals(Action.NOTHING, ChannelHealthPolicy.afterFailure(status(401, ""), Streak.NONE, NOW, OFF).action());
        assertEquals(Action.COUNT, ChannelHealthPolicy.afterFailure(status(500, ""), new Streak(9, NOW), NOW, OFF)
                .action());
        assertEquals(Action.COOL_DOWN, ChannelHealthPolicy.afterFailure(status(429, "").withRetryAfter(5), Streak.NONE,
                NOW, OFF).action());
    }
}
