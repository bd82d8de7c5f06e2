package dev.switchboard.adapter.persistence.retention;

import dev.switchboard.domain.retention.RetentionRun;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** Row of {@code retention_runs}. */
@MappedEntity("retention_runs")
public record RetentionRunRow(
        @Id @GeneratedValue @Nullable Long id,
        Instant startedAt,
        Instant finishedAt,
        int retentionDays,
        Instant cutoff,
        long usageRowsRemoved,
        long attemptRowsRemoved) {

    static RetentionRunRow fromDomain(RetentionRun run) {
        return new RetentionRunRow(null, run.startedAt(), run.finishedAt(), run.retentionDays(), run.cutoff(),
                run.usageRowsRemoved(), run.attemptRowsRemoved());
    }

    RetentionRun toDomain() {
        return new RetentionRun(startedAt, finishedAt, retentionDays, cutoff, usageRowsRemoved, attemptRowsRemoved);
    }
}
