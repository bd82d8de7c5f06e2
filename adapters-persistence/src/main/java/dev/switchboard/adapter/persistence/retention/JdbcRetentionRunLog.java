package dev.switchboard.adapter.persistence.retention;

import dev.switchboard.application.port.out.retention.RetentionRunLog;
import dev.switchboard.domain.retention.RetentionRun;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;

/** {@link RetentionRunLog} on {@code retention_runs}. */
@Singleton
class JdbcRetentionRunLog implements RetentionRunLog {

    private final RetentionRunRowRepository rows;

    JdbcRetentionRunLog(RetentionRunRowRepository rows) {
        this.rows = rows;
    }

    @Override
    public void record(RetentionRun run) {
        rows.save(RetentionRunRow.fromDomain(run));
    }

    @Override
    public Optional<RetentionRun> latest() {
        return rows.findFirstOrderByStartedAtDesc().map(RetentionRunRow::toDomain);
    }

    @Override
    public void deleteOlderThan(Instant cutoff) {
        rows.deleteByStartedAtLessThan(cutoff);
    }
}
