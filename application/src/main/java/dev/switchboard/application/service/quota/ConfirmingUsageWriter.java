package dev.switchboard.application.service.quota;

import dev.switchboard.application.port.out.usage.UsageLogWriter;
import dev.switchboard.domain.usage.UsageLogEntry;
import java.util.List;

/** The usage-log writer that tells {@link PeriodUsage} which rows are in the database (and its rollups) now. */
public class ConfirmingUsageWriter implements UsageLogWriter {

    private final UsageLogWriter delegate;
    private final PeriodUsage usage;

    public ConfirmingUsageWriter(UsageLogWriter delegate, PeriodUsage usage) {
        this.delegate = delegate;
        this.usage = usage;
    }

    @Override
    public void append(List<UsageLogEntry> entries) {
        delegate.append(entries);
        usage.written(entries);
    }
}
