package dev.switchboard.application.fake;

import dev.switchboard.application.port.out.retention.RetentionRunLog;
import dev.switchboard.domain.retention.RetentionRun;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** In-memory fake of {@link RetentionRunLog}. */
public class InMemoryRetentionRunLog implements RetentionRunLog {

    private final List<RetentionRun> runs = new ArrayList<>();

    @Override
    public synchronized void record(RetentionRun run) {
        runs.add(run);
    }

    @Override
    public synchronized Optional<RetentionRun> latest() {
        return runs.stream().max(Comparator.comparing(RetentionRun::startedAt));
    }

    @Override
    public synchronized void deleteOlderThan(Instant cutoff) {
        runs.removeIf(r -> r.startedAt().isBefore(cutoff));
    }

    public synchronized int size() {
        return runs.size();
    }
}
