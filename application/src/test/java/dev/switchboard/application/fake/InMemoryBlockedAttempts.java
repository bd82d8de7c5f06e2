package dev.switchboard.application.fake;

import dev.switchboard.application.port.out.retention.BlockedAttemptPurge;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** In-memory blocked attempts, reduced to their times: all the purge looks at. */
public class InMemoryBlockedAttempts implements BlockedAttemptPurge {

    private final List<Instant> recorded = new ArrayList<>();

    public synchronized void record(Instant at) {
        recorded.add(at);
    }

    public synchronized List<Instant> remaining() {
        return List.copyOf(recorded);
    }

    @Override
    public synchronized int deleteOlderThan(Instant cutoff, int batchSize) {
        List<Instant> old = recorded.stream().filter(t -> t.isBefore(cutoff)).limit(batchSize).toList();
        old.forEach(recorded::remove);
        return old.size();
    }
}
