package dev.switchboard.application.service.usage;

import dev.switchboard.application.port.in.usage.SearchUsageLogsQuery;
import dev.switchboard.application.port.out.usage.UsageLogRepository;
import dev.switchboard.domain.usage.PageRequest;
import dev.switchboard.domain.usage.UsageLogEntry;
import dev.switchboard.domain.usage.UsageLogFilter;
import dev.switchboard.domain.usage.UsageLogPage;
import java.util.stream.Stream;

/** Searches and exports the usage log. */
public class UsageLogService implements SearchUsageLogsQuery {

    private final UsageLogRepository logs;

    public UsageLogService(UsageLogRepository logs) {
        this.logs = logs;
    }

    @Override
    public UsageLogPage search(UsageLogFilter filter, PageRequest page) {
        return logs.find(filter, page);
    }

    @Override
    public Stream<UsageLogEntry> export(UsageLogFilter filter) {
        return logs.stream(filter);
    }
}
