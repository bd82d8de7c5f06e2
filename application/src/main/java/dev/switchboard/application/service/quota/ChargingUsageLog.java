package dev.switchboard.application.service.quota;

import dev.switchboard.application.port.out.usage.UsageLog;
import dev.switchboard.domain.usage.UsageLogEntry;

/** The relay's usage log: a row counts towards its quotas the moment it is recorded, before it reaches the disk. */
public class ChargingUsageLog implements UsageLog {

    private final UsageLog delegate;
    private final PeriodUsage usage;

    public ChargingUsageLog(UsageLog delegate, PeriodUsage usage) {
        this.delegate = delegate;
        this.usage = usage;
    }

    @Override
    public void record(UsageLogEntry entry) {
        usage.recorded(entry);
        delegate.record(entry);
    }
}
