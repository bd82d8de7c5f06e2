package dev.switchboard.application.port.out.usage;

import dev.switchboard.domain.usage.UsageLogEntry;

/** Records a usage row without waiting for the disk; the row is written shortly after. */
public interface UsageLog {

    void record(UsageLogEntry entry);
}
