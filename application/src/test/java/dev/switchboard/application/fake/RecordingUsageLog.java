package dev.switchboard.application.fake;

import dev.switchboard.application.port.out.usage.UsageLog;
import dev.switchboard.domain.usage.UsageLogEntry;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every recorded usage row in memory. */
public class RecordingUsageLog implements UsageLog {

    public final List<UsageLogEntry> entries = new CopyOnWriteArrayList<>();

    @Override
    public void record(UsageLogEntry entry) {
        entries.add(entry);
    }
}
