package dev.switchboard.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.switchboard.application.port.out.retention.BlockedAttemptPurge;
import dev.switchboard.application.port.out.retention.RetentionRunLog;
import dev.switchboard.domain.retention.RetentionRun;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What the retention job's stores must do: purge attempts by time in batches, remember runs. */
public abstract class RetentionStoresContract {

    protected abstract BlockedAttemptPurge attempts();

    /** Records a blocked attempt at {@code at} the way the guardrails do. */
    protected abstract void recordAttempt(Instant at);

    protected abstract RetentionRunLog runs();

    @Test
    void purgesAttemptsBeforeTheCutoffOnlyAndAtMostOneBatchAtATime() {
        Instant cutoff = Instant.parse("1991-03-01T00:00:00Z");
        recordAttempt(cutoff.minusSeconds(3600));
        recordAttempt(cutoff.minusMillis(2));
        recordAttempt(cutoff.minusMillis(1));
        recordAttempt(cutoff);
        assertEquals(2, attempts().deleteOlderThan(cutoff, 2));
        assertEquals(1, attempts().deleteOlderThan(cutoff, 2));
        assertEquals(0, attempts().deleteOlderThan(cutoff, 2));
    }

    @Test
    void remembersTheLatestRunAndForgetsRunsPastRetention() {
        Instant t = Instant.parse("2030-01-01T03:00:00Z");
        RetentionRun older = new RetentionRun(t, t.plusMillis(40), 90, t.minusSeconds(90L * 86_400), 12, 3);
        RetentionRun newer = new RetentionRun(t.plusSeconds(86_400), t.plusSeconds(86_401), 30,
                t.minusSeconds(29L * 86_400), 0, 1);
        runs().record(older);
        runs().record(newer);
        assertEquals(newer, runs().latest().orElseThrow());
        runs().deleteOlderThan(t.plusSeconds(86_400));
        assertEquals(newer, runs().latest().orElseThrow());
    }
}
