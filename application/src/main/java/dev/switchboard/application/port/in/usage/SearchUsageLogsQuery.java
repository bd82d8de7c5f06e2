package dev.switchboard.application.port.in.usage;

import dev.switchboard.domain.usage.PageRequest;
import dev.switchboard.domain.usage.UsageLogEntry;
import dev.switchboard.domain.usage.UsageLogFilter;
import dev.switchboard.domain.usage.UsageLogPage;
import java.util.stream.Stream;

/** Use case: the admin finds usage rows by time, user, IP, model, channel or status, and exports them. */
public interface SearchUsageLogsQuery {

    UsageLogPage search(UsageLogFilter filter, PageRequest page);

    /** All matching rows, newest first, read lazily; the caller must close the stream. */
    Stream<UsageLogEntry> export(UsageLogFilter filter);
}
