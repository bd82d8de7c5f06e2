package dev.switchboard.application.port.out.retention;

import dev.switchboard.domain.retention.RetentionRun;
import java.time.Instant;
import java.util.Optional;

/** Remembers the retention job's runs so the admin can see the last one. */
public interface RetentionRunLog {

    void record(RetentionRun run);

    Optional<RetentionRun> latest();

    /** Forgets runs that started before {@code cutoff}: the history obeys retention too. */
    void deleteOlderThan(Instant cutoff);
}
