package dev.switchboard.application.port.out.usage;

import dev.switchboard.domain.usage.PageRequest;
import dev.switchboard.domain.usage.UsageLogEntry;
import dev.switchboard.domain.usage.UsageLogFilter;
import dev.switchboard.domain.usage.UsageLogPage;
import java.time.Instant;
import java.util.stream.Stream;

/** Reads and prunes the usage log; rows arrive through {@link UsageLogWriter}. */
public interface UsageLogRepository {

    /** One page of the rows {@link UsageLogFilter#matches} accepts, newest first (ties: higher id first). */
    UsageLogPage find(UsageLogFilter filter, PageRequest page);

    /** Every matching row in the same order, read lazily with constant memory; the caller closes it. */
    Stream<UsageLogEntry> stream(UsageLogFilter filter);

    /** Deletes at most {@code batchSize} rows created before {@code cutoff}; returns how many it deleted. */
    int deleteOlderThan(Instant cutoff, int batchSize);
}
