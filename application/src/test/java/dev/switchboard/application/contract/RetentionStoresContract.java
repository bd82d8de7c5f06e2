package dev.switchboard.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.switchboard.application.port.out.retention.RetentionRunLog;
import dev.switchboard.domain.retention.RetentionRun;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What the retention job's run log must do: remember the latest run, forget runs past retention. */
public abstract class RetentionStoresContract {

    protected abstract RetentionRunLog runs();

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
