package dev.switchboard.application.port.out.usage;

import dev.switchboard.domain.usage.UsageLogEntry;
import java.util.List;

/** Appends usage rows in batches; called off the request path by the usage-log queue. */
public interface UsageLogWriter {

    void append(List<UsageLogEntry> entries);
}
