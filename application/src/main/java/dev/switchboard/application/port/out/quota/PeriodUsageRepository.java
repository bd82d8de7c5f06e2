package dev.switchboard.application.port.out.quota;

import dev.switchboard.domain.usage.UsageTotals;
import java.time.LocalDate;
import java.util.Map;

/** Outgoing port: the usage quotas count, summed from the daily rollups. Blocking. */
public interface PeriodUsageRepository {

    /** Per user and per group (the group of each row when written) from {@code monthStart}, per guest IP on {@code today}. */
    Snapshot since(LocalDate monthStart, LocalDate today);

    /** Sums by user id, by group id and by guest IP; absent = nothing used. */
    record Snapshot(Map<Long, UsageTotals> users, Map<Long, UsageTotals> groups, Map<String, UsageTotals> guests) {
        public static final Snapshot EMPTY = new Snapshot(Map.of(), Map.of(), Map.of());

        public Snapshot {
            users = Map.copyOf(users);
            groups = Map.copyOf(groups);
            guests = Map.copyOf(guests);
        }
    }
}
