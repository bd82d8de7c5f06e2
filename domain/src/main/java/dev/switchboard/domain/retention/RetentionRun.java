package dev.switchboard.domain.retention;

import java.time.Instant;
import java.util.Objects;

/** One pass of the retention job: when it ran, the cut-off it applied and how many rows it removed. */
public record RetentionRun(
        Instant startedAt,
        Instant finishedAt,
        int retentionDays,
        Instant cutoff,
        long usageRowsRemoved,
        long attemptRowsRemoved) {

    public RetentionRun {
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(cutoff, "cutoff");
        if (usageRowsRemoved < 0 || attemptRowsRemoved < 0) {
            throw new IllegalArgumentException("removed row counts cannot be negative");
        }
    }

    /** Rows created strictly before this instant are past retention: exactly {@code days} × 24 h ago. */
    public static Instant cutoff(Instant now, int retentionDays) {
        return now.minus(java.time.Duration.ofDays(retentionDays));
    }
}
