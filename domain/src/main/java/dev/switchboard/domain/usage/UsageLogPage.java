package dev.switchboard.domain.usage;

import java.util.List;

/** One page of usage rows, newest first, with the number of rows the whole filter matches. */
public record UsageLogPage(List<UsageLogEntry> items, long total, int page, int size) {

    public UsageLogPage {
        items = List.copyOf(items);
    }
}
