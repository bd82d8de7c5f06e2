package dev.switchboard.application.policy.routing;

import dev.switchboard.application.policy.chat.FailoverPolicy;
import dev.switchboard.application.port.out.chat.UpstreamFailure;
import dev.switchboard.domain.settings.HealthSettings;
import java.time.Duration;
import java.time.Instant;

/**
 * Policy: what one upstream failure does to its channel (SPEC §13). A refused key or account takes it out at
 * once; a 429 with {@code Retry-After} cools it down for that long (at most {@value #MAX_COOLDOWN_SECONDS} s)
 * without counting against it; other failures that fail over count, and {@code auto_disable_failures} of them
 * in a row within {@link #STREAK_WINDOW} take it out. A failure that is the request's own fault (400, 404...)
 * says nothing about the channel. Which failure is which is {@link FailoverPolicy}'s call.
 */
public final class ChannelHealthPolicy {

    public static final Duration STREAK_WINDOW = Duration.ofMinutes(5);
    public static final int MAX_COOLDOWN_SECONDS = 60;

    /** Consecutive retryable failures since {@code since}; a success starts over. */
    public record Streak(int count, Instant since) {
        public static final Streak NONE = new Streak(0, null);
    }

    /** What to do with the channel. */
    public enum Action { NOTHING, COUNT, COOL_DOWN, DISABLE }

    /** The action, the streak to keep, the cool-down in seconds and the reason shown for a disable. */
    public record Decision(Action action, Streak streak, int cooldownSeconds, String reason) {
    }

    private ChannelHealthPolicy() {
    }

    public static Decision afterFailure(UpstreamFailure failure, Streak streak, Instant now, HealthSettings settings) {
        FailoverPolicy.Verdict verdict = FailoverPolicy.judge(failure);
        if (verdict == FailoverPolicy.Verdict.REQUEST_FAULT) {
            return new Decision(Action.NOTHING, streak, 0, null);
        }
        if (FailoverPolicy.badKeyOrAccount(failure)) {
            return settings.autoDisable()
                    ? new Decision(Action.DISABLE, Streak.NONE, 0, describe(failure))
                    : new Decision(Action.NOTHING, streak, 0, null);
        }
        if (failure.status() == 429 && failure.retryAfterSeconds() > 0) {
            return new Decision(Action.COOL_DOWN, streak, Math.min(MAX_COOLDOWN_SECONDS, failure.retryAfterSeconds()),
                    null);
        }
        boolean fresh = streak.count() == 0 || streak.since().plus(STREAK_WINDOW).isBefore(now);
        Streak longer = fresh ? new Streak(1, now) : new Streak(streak.count() + 1, streak.since());
        if (settings.autoDisable() && longer.count() >= settings.autoDisableFailures()) {
            return new Decision(Action.DISABLE, Streak.NONE, 0,
                    longer.count() + " failures in a row, last: " + describe(failure));
        }
        return new Decision(Action.COUNT, longer, 0, null);
    }

    /** "401 from upstream", "402 from upstream (insufficient_quota)", "timeout"... */
    static String describe(UpstreamFailure failure) {
        String type = failure.errorType();
        return switch (failure.kind()) {
            case STATUS -> failure.status() + " from upstream" + (type.isEmpty() ? "" : " (" + type + ")");
            case TIMEOUT -> "no answer in time";
            case TRANSPORT -> "upstream unreachable";
            case BAD_ANSWER -> "unreadable answer from upstream";
        };
    }
}
